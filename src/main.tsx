// First: configures zod before any schema is used.
import './lib/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppServices } from './app/App';
import { ConfigErrorPage } from './app/pages';
import './app/styles.css';
import { I18nProvider } from './i18n/I18nProvider';
import { loadConfig } from './lib/config';

const root = createRoot(document.getElementById('root')!);

void loadConfig().then((result) => {
  const services = result.ok ? createAppServices(result.config) : null;
  root.render(
    <StrictMode>
      {services ? (
        <App services={services} />
      ) : (
        <I18nProvider>
          <ConfigErrorPage problems={result.ok ? [] : result.problems} />
        </I18nProvider>
      )}
    </StrictMode>,
  );
});
