import { Suspense, useEffect } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { hasStoredSession } from '../auth/storedSession';
import { useOptionalSession } from '../auth/SessionProvider';
import { preloadCatalogues } from '../i18n/catalogues';
import { useI18n } from '../i18n/I18nProvider';
import type { AppConfig } from '../lib/config';
import { Loading } from '../components/Loading';
import { ActingForBanner, EnvironmentBanner } from './Banners';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguagePicker } from './LanguagePicker';
import { OfflineBanner } from './OfflineBanner';
import { ErrorPage } from './pages';
import { ProfileSwitcher } from './ProfileSwitcher';
import { forgetFailedPages, preloadPages } from './lazyPages';

function preloadAll() {
  preloadCatalogues();
  preloadPages();
}

export function Layout({ config }: { config: AppConfig }) {
  const { t } = useI18n();
  const session = useOptionalSession();
  const canUse = session?.restAccess === true;
  const { pathname } = useLocation();
  const auth = useAuth();
  // While a session is restored (a reload) or made (the login callback), draw the logged-in frame,
  // as index.html's first paint does, so the page does not move down when the session arrives.
  const restoring = !session && !auth.error && (pathname === new URL(config.oidc.redirectUri).pathname || (auth.isLoading && hasStoredSession()));

  // Once the first screen is idle, fetch the other pages and languages, so they open at once
  // (and offline) without slowing the first screen down.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    const timer = window.setTimeout(() => idle(canUse ? preloadAll : preloadCatalogues), 2000);
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
          <div className="header-tools">
            <LanguagePicker />
            {canUse && <ProfileSwitcher />}
            {session && (
              <button type="button" className="button button-secondary" onClick={() => void session.logout()}>
                {t('shell.logout')}
              </button>
            )}
            {restoring && (
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
