import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { addPageMessages } from '../i18n/pageMessages';
import { configMessages } from '../i18n/pages/config';

// Only the people who run the site should ever see this page: it is a chunk of its own (main.tsx).
addPageMessages(configMessages);

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
