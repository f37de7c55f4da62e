import { Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { hasStoredSession, isLoginCallback } from '../auth/storedSession';
import { useOptionalSession } from '../auth/SessionProvider';
import { preloadCatalogues } from '../i18n/catalogues';
import { useI18n } from '../i18n/I18nProvider';
import type { AppConfig } from '../config/config';
import { Loading } from '../components/Loading';
import { ActingForBanner, EnvironmentBanner } from './Banners';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguagePicker } from './LanguagePicker';
import { OfflineBanner } from './OfflineBanner';
import { ErrorPage } from './ErrorPages';
import { ProfileSwitcher } from './ProfileSwitcher';
import { forgetFailedPages, preloadPages } from './lazyPages';

function preloadAll() {
  // Marked on the page once every page's code is here (it opens offline from then on; e2e waits for it).
  void preloadPages()
    .then(preloadCatalogues)
    .then(() => document.documentElement.setAttribute('data-pages-ready', ''));
}

export function Layout({ config }: { config: AppConfig }) {
  const { t } = useI18n();
  const session = useOptionalSession();
  const canUse = session?.access === 'granted';
  const { pathname } = useLocation();
  // On a phone the tools fold behind a button (styles.css); moving to a page folds them again.
  const [toolsOpen, setToolsOpen] = useState(false);
  useEffect(() => setToolsOpen(false), [pathname, session?.active.ssin]);
  const auth = useAuth();
  // While a session is restored (a reload) or made (the login callback), draw the logged-in frame,
  // as index.html's first paint does, so the page does not move down when the session arrives.
  // The same while the exchange for oneself tells whether the user may use the service.
  const restoring =
    session?.access === 'checking' ||
    (!session && !auth.error && (isLoginCallback(config.oidc.redirectUri, pathname) || (auth.isLoading && hasStoredSession())));

  // Once the first screen is idle, fetch the other pages and languages, so they open at once
  // (and offline) without slowing the first screen down.
  useEffect(() => {
    const timer = window.setTimeout(() => (canUse ? preloadAll() : void preloadCatalogues()), 2000);
    return () => window.clearTimeout(timer);
  }, [canUse]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <EnvironmentBanner environment={config.environment} />
      <header className="site-header">
        <div className="site-header-inner">
          <p className="product-name">
            <NavLink to="/">{t('app.name')}</NavLink>
          </p>
          <button
            type="button"
            className="button header-toggle"
            aria-expanded={toolsOpen}
            aria-controls="header-tools"
            onClick={() => setToolsOpen((open) => !open)}
          >
            {t('shell.tools')}
          </button>
          <div id="header-tools" className={toolsOpen ? 'header-tools open' : 'header-tools'}>
            <LanguagePicker />
            {canUse && <ProfileSwitcher />}
            {session && (
              <button type="button" className="button button-secondary" onClick={() => void session.logout()}>
                {t('shell.logout')}
              </button>
            )}
            {restoring && !session && (
              <span className="button button-secondary placeholder" aria-hidden="true">
                {t('shell.logout')}
              </span>
            )}
          </div>
        </div>
        {(canUse || restoring) && (
          <nav aria-label={t('shell.nav')} className="site-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('shell.nav.exclusions')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/exclusions/new">{t('shell.nav.declare')}</NavLink>
              </li>
              <li>
                <NavLink to="/history">{t('shell.nav.history')}</NavLink>
              </li>
            </ul>
          </nav>
        )}
      </header>
      <ActingForBanner restoring={restoring} />
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        {/* Keyed by path: leaving a page that failed gives the next one a fresh start. */}
        <ErrorBoundary key={pathname} onRetry={forgetFailedPages} fallback={(retry) => <ErrorPage retry={retry} />}>
          <Suspense fallback={<Loading label={t('shell.loading')} />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}
