import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { currentUser } from '../auth/accessToken';
import { onSessionExpired } from '../auth/sessionEvents';
import { useOptionalSession, useTokenProblems } from '../auth/SessionProvider';
import { useWantedOnce } from '../components/lazyComponent';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/I18nProvider';
import { LoginPanel } from './LoginPanel';
import { SessionPerson } from './SessionPerson';
import { accessCheckFailedPage, noAccessPage, sessionExpiredDialog, tokenProblemsPage } from './lazyPages';

/** The logged-in area: login first, then the role check, then the page (keyed by profile). */
export function RequireSession() {
  const { t } = useI18n();
  const auth = useAuth();
  const session = useOptionalSession();
  const tokenProblems = useTokenProblems();
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;

  // Whatever is on screen, an ended session asks to log in again (drafts are kept).
  const [expired, setExpired] = useState(false);
  useEffect(() => onSessionExpired(() => setExpired(true)), []);
  const expiryAsked = useWantedOnce(expired);

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
  if (tokenProblems) return <tokenProblemsPage.Component problems={tokenProblems} onLogout={() => void auth.removeUser()} />;
  if (!auth.isAuthenticated || !session) return <LoginPanel error={auth.error} onLogin={login} />;

  const content =
    session.access === 'checking' ? (
      <Loading label={t('access.checking')} />
    ) : session.access === 'failed' ? (
      <accessCheckFailedPage.Component onRetry={session.retryAccess} />
    ) : session.access === 'denied' ? (
      <noAccessPage.Component />
    ) : (
      // A new profile gets new pages: forms and dialogs of the previous one are discarded.
      <SessionPerson key={session.active.ssin}>
        <Outlet />
      </SessionPerson>
    );
  return (
    <>
      {content}
      {expiryAsked && (
        <Suspense fallback={null}>
          <sessionExpiredDialog.Component open={expired} onClose={() => setExpired(false)} onLogin={login} />
        </Suspense>
      )}
    </>
  );
}
