import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { loginErrorKey } from '../auth/loginError';
import { Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';

/** /auth/callback: the library has read code and state; go where the user was headed. */
export function CallbackPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  // Once only: StrictMode runs effects twice, and a second replace is a wasted history entry.
  const done = useRef(false);
  useEffect(() => {
    if (auth.isLoading || done.current) return;
    done.current = true;
    const state = auth.user?.state as { returnTo?: string } | undefined;
    const target = state?.returnTo?.startsWith('/') && !state.returnTo.startsWith('/auth/callback') ? state.returnTo : '/';
    navigate(target, { replace: true });
  }, [auth.isLoading, auth.user, navigate]);
  if (auth.error) {
    // A stale or forged callback is a login not completed: offer to log in again, not to wait.
    return (
      <section>
        <PageHeading>{t('login.title')}</PageHeading>
        <Notice tone="error" role="alert">
          {t(loginErrorKey(auth.error))}
        </Notice>
        <button type="button" className="button" onClick={() => void auth.signinRedirect().catch(() => undefined)}>
          {t('session.expired.button')}
        </button>{' '}
        <Link to="/">{t('page.notFound.home')}</Link>
      </section>
    );
  }
  return <Loading label={t('login.signingIn')} />;
}
