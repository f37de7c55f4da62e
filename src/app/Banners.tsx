import { useOptionalSession } from '../auth/SessionProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { AppConfig } from '../config/config';
import { bannerText } from './profileLabel';

export function EnvironmentBanner({ environment }: { environment: AppConfig['environment'] }) {
  const { t } = useI18n();
  if (environment === 'production') return null;
  return <p className="environment-banner">{t('shell.environment', { environment: t(`shell.environment.${environment}`) })}</p>;
}

/** Whose data this is, on every page; a live region so a change of profile is announced. */
export function ActingForBanner({ restoring }: { restoring: boolean }) {
  const { t } = useI18n();
  const session = useOptionalSession();
  if (restoring) {
    // Holds the banner's place (one line, as for one's own exclusions) until the session is known.
    return (
      <div className="acting-for" role="status" aria-live="polite">
        <span className="placeholder" aria-hidden="true">
          {t('banner.self')}
        </span>
      </div>
    );
  }
  return (
    <div className={session?.access === 'granted' ? `acting-for acting-for-${session.active.relation}` : undefined} role="status" aria-live="polite">
      {session?.access === 'granted' ? bannerText(session.active, t) : null}
    </div>
  );
}
