// First: configures zod before any schema is used.
import './config/zodConfig';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppServices } from './app/App';
import { ConfigErrorPage } from './app/ErrorPages';
import { LANGUAGE_LIST } from './domain/languages';
import { loadCatalogue } from './i18n/catalogues';
import { I18nProvider } from './i18n/I18nProvider';
import { initialLanguage } from './i18n/locales';
import { loadConfig } from './config/config';

const root = createRoot(document.getElementById('root')!);
const language = initialLanguage();

// The configuration and the user's language are fetched in parallel; both are needed to render.
Promise.all([loadConfig(), loadCatalogue(language)]).then(
  ([result, catalogue]) => {
    const services = result.ok ? createAppServices(result.config) : null;
    // A transition: React renders the first screen in slices and lets the phone answer between
    // them, instead of one long task (the static first paint is on screen meanwhile).
    startTransition(() =>
      root.render(
        <StrictMode>
          <I18nProvider initial={{ language, catalogue }}>
            {services ? <App services={services} /> : <ConfigErrorPage problems={result.ok ? [] : result.problems} />}
          </I18nProvider>
        </StrictMode>,
      ),
    );
  },
  // The messages' chunk did not load (the network dropped right after the page): never a blank page.
  () =>
    root.render(
      <main id="main" className="error-page">
        {LANGUAGE_LIST.map(({ code, loadFailed }, index) =>
          index === 0 ? (
            <h1 key={code} lang={code}>
              {loadFailed}
            </h1>
          ) : (
            <p key={code} lang={code}>
              {loadFailed}
            </p>
          ),
        )}
      </main>,
    ),
);
