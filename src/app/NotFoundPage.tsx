import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';
import { addPageMessages } from '../i18n/pageMessages';
import { notFoundMessages } from '../i18n/pages/notFound';

// The page is its own chunk (lazyPages.ts): its words come with it.
addPageMessages(notFoundMessages);

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
