import { DestinationLink } from '../../components/navigation';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n/I18nProvider';
import { ABOUT_SECTIONS, isUnanswered, type Statement } from './aboutContent';
import { SOURCES } from './sources';
import { addPageMessages } from '../../i18n/pageMessages';
import { aboutMessages } from '../../i18n/pages/about';

// Before anything on this page renders: its messages come with its code.
addPageMessages(aboutMessages);

/** What an exclusion does and does not do, each statement with the public pages it rests on. */
export function AboutExclusionsPage() {
  const { t } = useI18n();
  return (
    <article className="about">
      <PageHeading>{t('about.title')}</PageHeading>
      <p className="lead">{t('about.intro')}</p>
      {ABOUT_SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`about-${section.id}`}>
          <h2 id={`about-${section.id}`}>{t(section.heading)}</h2>
          <ul className="about-statements">
            {section.statements.map((statement) => (
              <li key={statement.key}>
                <p>{t(statement.key)}</p>
                {isUnanswered(statement) ? <p className="hint">{t('about.unanswered')}</p> : <SourceLinks statement={statement} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <DestinationLink to={{ page: 'exclusions' }}>{t('about.back')}</DestinationLink>
      </p>
    </article>
  );
}

function SourceLinks({ statement }: { statement: Statement }) {
  const { t } = useI18n();
  return (
    <p className="hint about-sources">
      {t('about.sources')}{' '}
      {statement.sources.map((id, index) => {
        const source = SOURCES[id];
        return (
          <span key={id}>
            {index > 0 && ' · '}
            {/* noreferrer: the pages we cite need not learn where their readers came from. */}
            <a href={source.url} rel="noreferrer" lang={source.lang}>
              {source.publisher}: {source.title}
            </a>
          </span>
        );
      })}
    </p>
  );
}
