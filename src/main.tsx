import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConfigErrorPage } from './app/pages';
import './app/styles.css';
import { I18nProvider } from './i18n/I18nProvider';
import { loadConfig } from './lib/config';

const root = createRoot(document.getElementById('root')!);

void loadConfig().then((result) => {
  root.render(
    <StrictMode>
      {result.ok ? (
        <App config={result.config} />
      ) : (
        <I18nProvider>
          <ConfigErrorPage problems={result.problems} />
        </I18nProvider>
      )}
    </StrictMode>,
  );
});
