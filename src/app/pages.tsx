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

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <PageHeading>{t('page.notFound.title')}</PageHeading>
      <p>{t('page.notFound.body')}</p>
      <p>
        <Link to="/">{t('page.notFound.home')}</Link>
      </p>
    </section>
  );
}

/**
 * Never a blank page: what a render error (or a page chunk that failed to load) leaves.
 * Inside the layout it offers to try again; alone (the layout itself failed) to reload.
 */
export function ErrorPage({ retry }: { retry?: () => void }) {
  const { t } = useI18n();
  const content = (
    <>
      <PageHeading>{t('page.error.title')}</PageHeading>
      <p>{retry ? t('page.error.bodyRetry') : t('page.error.body')}</p>
      <button type="button" className="button" onClick={retry ?? (() => window.location.reload())}>
        {retry ? t('error.retry') : t('page.error.reload')}
      </button>
    </>
  );
  return retry ? (
    <section className="error-page">{content}</section>
  ) : (
    <main id="main" className="error-page">
      {content}
    </main>
  );
}

export function ConfigErrorPage({ problems }: { problems: string[] }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('config.title');
  }, [t]);
  return (
    <main id="main" className="error-page">
      <h1>{t('config.title')}</h1>
      <p>{t('config.body')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
