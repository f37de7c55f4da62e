// First: configures zod before any schema is used.
import './config/zodConfig';
import { startTransition, StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppServices } from './app/App';
import { LANGUAGE_LIST } from './domain/languages';
import { loadCatalogue } from './i18n/catalogues';
import type { Catalogue } from './i18n/catalogue';
import { I18nProvider } from './i18n/I18nProvider';
import { initialLanguage } from './i18n/locales';
import { loadConfig } from './config/config';
import { loadPageAt } from './app/lazyPages';
import { isLoginCallback } from './auth/storedSession';

const root = createRoot(document.getElementById('root')!);
const language = initialLanguage();

function render(catalogue: Catalogue, page: ReactNode) {
  // A transition: React renders the first screen in slices and lets the phone answer between
  // them, instead of one long task (the static first paint is on screen meanwhile).
  startTransition(() =>
    root.render(
      <StrictMode>
        <I18nProvider initial={{ language, catalogue }}>{page}</I18nProvider>
      </StrictMode>,
    ),
  );
}

// The messages' chunk (or the configuration page's) did not load, the network having dropped
// right after the page: never a blank page, in every language since none could be loaded.
function renderLoadFailed() {
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
  );
}

loadPageAt(location.pathname);
// The configuration and the user's language are fetched in parallel; both are needed to render.
Promise.all([loadConfig(), loadCatalogue(language)])
  .then(async ([result, catalogue]) => {
    if (result.ok) {
      const services = createAppServices(result.config);
      // Read now, not a commit later: the first frame draws the session as it will be (SessionProvider).
      // Not on the login callback, which brings a new user in.
      const storedUser = isLoginCallback(result.config.oidc.redirectUri, location.pathname) ? null : await services.userManager.getUser().catch(() => null);
      return render(catalogue, <App services={services} storedUser={storedUser} />);
    }
    // Only the people who run the site should ever see this page: its code is a chunk of its own.
    const { ConfigErrorPage } = await import('./app/ConfigErrorPage');
    render(catalogue, <ConfigErrorPage problems={result.problems} />);
  })
  .catch(renderLoadFailed);
