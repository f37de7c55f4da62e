import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { currentUser } from '../auth/accessToken';
import { onSessionExpired } from '../auth/sessionEvents';
import { useOptionalSession } from '../auth/SessionProvider';
import { Dialog } from '../components/Dialog';
import { Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';

/** The logged-in area: login first, then the role check, then the page (keyed by profile). */
export function RequireSession() {
  const { t } = useI18n();
  const auth = useAuth();
  const session = useOptionalSession();
  const location = useLocation();
  const [expired, setExpired] = useState(false);
  useEffect(() => onSessionExpired(() => setExpired(true)), []);
  const returnTo = `${location.pathname}${location.search}`;

  // A reload after the access token expired: renew it with the refresh token before asking to log in.
  const canRenew = !auth.isLoading && !auth.isAuthenticated && !auth.activeNavigator && !!auth.user?.refresh_token;
  const [renewal, setRenewal] = useState<'idle' | 'running' | 'done'>('idle');
  useEffect(() => {
    if (renewal !== 'idle' || !canRenew) return;
    setRenewal('running');
    currentUser()
      .catch(() => undefined)
      .finally(() => setRenewal('done'));
  }, [canRenew, renewal]);
  const login = () => void auth.signinRedirect({ state: { returnTo } }).catch(() => undefined);

  // A background renewal while logged in must not unmount the page (and a half-filled form).
  if (auth.isLoading || (!auth.isAuthenticated && auth.activeNavigator) || renewal === 'running' || (canRenew && renewal === 'idle')) {
    return <Loading label={t('login.signingIn')} />;
  }
  if (session?.loggingOut) return <Loading label={t('login.signingOut')} />;
  if (!auth.isAuthenticated || !session) {
    return (
      <section className="login-panel">
        <PageHeading>{t('login.title')}</PageHeading>
        <p className="lead">{t('login.intro')}</p>
        <p>{t('login.how')}</p>
        {auth.error && (
          <Notice tone="error" role="alert">
            {t('login.failed')}
          </Notice>
        )}
        <button type="button" className="button" onClick={login}>
          {t('login.button')}
        </button>
      </section>
    );
  }
  if (!session.restAccess) {
    return (
      <section>
        <PageHeading>{t('noAccess.title')}</PageHeading>
        <p className="lead">{t('noAccess.body')}</p>
        <p>{t('noAccess.who')}</p>
        <p>{t('noAccess.help')}</p>
      </section>
    );
  }
  return (
    <>
      {/* A new profile gets new pages: forms and dialogs of the previous one are discarded. */}
      <Outlet key={session.active.ssin} />
      <Dialog open={expired} onCancel={() => setExpired(false)} labelledBy="session-expired-title" describedBy="session-expired-body">
        <h2 id="session-expired-title">{t('session.expired.title')}</h2>
        <p id="session-expired-body">{t('session.expired.body')}</p>
        <button type="button" className="button" onClick={login}>
          {t('session.expired.button')}
        </button>
      </Dialog>
    </>
  );
}
