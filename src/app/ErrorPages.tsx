import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';

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
