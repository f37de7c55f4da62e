import { NavLink, Outlet } from 'react-router';
import { useOptionalSession } from '../auth/SessionProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { AppConfig } from '../lib/config';
import { ActingForBanner, EnvironmentBanner } from './Banners';
import { LanguagePicker } from './LanguagePicker';
import { OfflineBanner } from './OfflineBanner';
import { ProfileSwitcher } from './ProfileSwitcher';

export function Layout({ config }: { config: AppConfig }) {
  const { t } = useI18n();
  const session = useOptionalSession();
  const canUse = session?.restAccess === true;
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
          </div>
        </div>
        {canUse && (
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
      <ActingForBanner />
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}
