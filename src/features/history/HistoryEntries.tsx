import { memo } from 'react';
import type { HistoryEntryWire } from '../../api/history';
import { useActivePerson } from '../../components/activePerson';
import { localeTag, useI18n } from '../../i18n/I18nProvider';
import { useFormats } from '../../i18n/useFormats';
import { DAY_HEADING, describeEntry } from './describeEntry';
import { ExcludeAgainLink } from './ExcludeAgainLink';
import { groupByDay, relativeTime } from './historyView';

/**
 * The entries shown (a page, or every selected one to print), by day. Drawn apart from the page
 * around it: a filter or page asked for shows in the controls at once (useOptimistic, a render
 * inside the click), and these only when the new entries are drawn, in the transition after it.
 */
export const HistoryEntries = memo(function HistoryEntries({
  entries,
  offerAgain,
  filteredOut,
}: {
  entries: HistoryEntryWire[];
  /** The revocations that can be declared again (the provider's latest change). */
  offerAgain: Set<HistoryEntryWire>;
  /** Nothing matches the filters. */
  filteredOut: boolean;
}) {
  const { t, language } = useI18n();
  const { formatDate } = useFormats();
  const { self } = useActivePerson();
  return (
    <>
      {filteredOut && <p>{t('history.filter.none')}</p>}
      {groupByDay(entries, (date) => formatDate(date, DAY_HEADING)).map((group) => (
        <section key={group.day} className="history-day" aria-label={group.day}>
          <h2>{group.day}</h2>
          <ol className="timeline">
            {group.entries.map((entry, index) => {
              const { what, who, party } = describeEntry(entry, t, language, self.ssin);
              const date = new Date(entry.timestamp);
              return (
                <li key={`${entry.timestamp}-${index}`} className={`timeline-entry ${entry.operation === 'DECLARE_EXCLUSION' ? 'declared' : 'revoked'}`}>
                  <p className="timeline-what">{what}</p>
                  <p className="timeline-meta">
                    <time dateTime={entry.timestamp}>{formatDate(date, { timeStyle: 'short' })}</time> (
                    {relativeTime(date, Date.now(), localeTag(language), t('history.justNow'))}) · {who}
                  </p>
                  {offerAgain.has(entry) && <ExcludeAgainLink entry={entry} name={party.name} />}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
});
