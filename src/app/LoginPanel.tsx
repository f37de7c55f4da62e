/** The logged-in area's front door: log in, with what went wrong last time if anything did. */
import { loginErrorKey } from '../auth/loginError';
import { justLoggedOut } from '../auth/storedSession';
import { AboutExclusionsLink } from '../components/AboutExclusionsLink';
import { PageHeading } from '../components/PageHeading';
import { Notice } from '../components/Notice';
import { useI18n } from '../i18n/I18nProvider';

export function LoginPanel({ error, onLogin }: { error: Error | undefined; onLogin: () => void }) {
  const { t } = useI18n();
  return (
    <section className="login-panel">
      <PageHeading>{t('login.title')}</PageHeading>
      <p className="lead">{t('login.intro')}</p>
      <p>{t('login.how')}</p>
      <p>
        <AboutExclusionsLink />
      </p>
      {justLoggedOut() && !error && (
        <Notice tone="success" role="status">
          {t('login.loggedOut')}
        </Notice>
      )}
      {error && (
        <Notice tone="error" role="alert">
          {t(loginErrorKey(error))}
        </Notice>
      )}
      <button type="button" className="button" onClick={onLogin}>
        {t('login.button')}
      </button>
    </section>
  );
}
