/** What the logged-in area shows when the user may not, or cannot yet, use the service. */
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';
import { addPageMessages } from '../i18n/pageMessages';
import { accessMessages } from '../i18n/pages/access';

// These pages are their own chunk (lazyPages.ts): their words come with them.
addPageMessages(accessMessages);

/** A token the app cannot read (a claim it needs is missing): say what, never a blank page. */
export function TokenProblemsPage({ problems, onLogout }: { problems: string[]; onLogout: () => void }) {
  const { t } = useI18n();
  return (
    <section>
      <PageHeading>{t('token.invalid.title')}</PageHeading>
      <p>{t('token.invalid.body')}</p>
      <ul className="problems">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onLogout}>
        {t('shell.logout')}
      </button>
    </section>
  );
}

export function NoAccessPage() {
  const { t } = useI18n();
  return (
    <section>
      <PageHeading>{t('noAccess.title')}</PageHeading>
      <p className="lead">{t('noAccess.body')}</p>
      <p>{t('noAccess.who')}</p>
      <p>{t('noAccess.help')}</p>
    </section>
  );
}

/** The exchange for oneself could not be made (network, server): nothing is known about access yet. */
export function AccessCheckFailedPage({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <section>
      <PageHeading>{t('access.failed.title')}</PageHeading>
      <p>{t('access.failed.body')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}
