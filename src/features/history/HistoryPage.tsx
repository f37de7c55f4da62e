import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useHistory } from '../../api/history';
import type { HistoryEntryWire } from '../../api/wire';
import { useSession } from '../../auth/SessionProvider';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { partyDisplay } from '../../components/partyDisplay';
import { localeTag, useI18n } from '../../i18n/I18nProvider';
import { authorOf, authorText, filterEntries, groupByDay, pageCount, pageOf, partyKey, toCsv, type HistoryFilters, type OperationFilter } from './historyView';
import { profileName } from '../../components/profileName';

/**
 * The history: one request for up to 1,500 entries (the API's only paging control is a limit),
 * paged here. The page number is in the URL; filters are not (they may name a person).
 */
export function HistoryPage() {
  const { t, language, formatDate } = useI18n();
  const { active, self } = useSession();
  const query = useHistory(active.ssin);
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<HistoryFilters>({ operation: 'all', party: '' });

  const entries = useMemo(() => filterEntries(query.data ?? [], filters), [query.data, filters]);
  const pages = pageCount(entries.length);
  const page = Math.min(Math.max(1, Number(params.get('page')) || 1), pages);
  const shown = pageOf(entries, page);
  const parties = useMemo(() => {
    const seen = new Map<string, string>();
    for (const e of query.data ?? []) if (!seen.has(partyKey(e))) seen.set(partyKey(e), partyDisplay(e.target, language, t('exclusions.unknownName')).name);
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], language));
  }, [query.data, language, t]);

  const goTo = (next: number) => setParams(next === 1 ? {} : { page: String(next) });
  const setFilter = (next: Partial<HistoryFilters>) => {
    setFilters((f) => ({ ...f, ...next }));
    goTo(1);
  };
  const dayKey = (date: Date) => formatDate(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(localeTag(language), { timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(localeTag(language), { numeric: 'auto' });

  const describe = (entry: HistoryEntryWire) => {
    const party = partyDisplay(entry.target, language, t('exclusions.unknownName'));
    const what = t(entry.operation === 'DECLARE_EXCLUSION' ? 'history.declared' : 'history.revoked', { party: `${party.name}, ${party.profession.toLocaleLowerCase(language)}` });
    return { party, what, who: authorText(authorOf(entry), self.ssin, t) };
  };

  const exportCsv = () => {
    const rows = entries.map((entry) => {
      const { party, who } = describe(entry);
      return [entry.timestamp, t(entry.operation === 'DECLARE_EXCLUSION' ? 'history.filter.declared' : 'history.filter.revoked'), party.name, party.profession, party.identifier, who];
    });
    const csv = toCsv([t('history.csv.date'), t('history.csv.operation'), t('history.csv.party'), t('history.csv.profession'), t('history.csv.identifier'), t('history.csv.author')], rows);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = 'exclusions-history.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section className="history">
      <PageHeading>{t('history.title')}</PageHeading>
      <p className="lead">{t('history.intro', { name: profileName(active, t) })}</p>
      {query.isPending && <Loading label={t('history.loading')} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.isSuccess && query.data.length === 0 && (
        <div className="empty-state">
          <h2>{t('history.empty.title')}</h2>
          <p>{t('history.empty.body')}</p>
        </div>
      )}
      {query.isSuccess && query.data.length > 0 && (
        <>
          <form className="lookup no-print" onSubmit={(event) => event.preventDefault()}>
            <fieldset>
              <legend>{t('history.filter.legend')}</legend>
              <div className="field-inline">
                <label htmlFor="history-operation">{t('history.filter.operation')}</label>
                <select id="history-operation" value={filters.operation} onChange={(event) => setFilter({ operation: event.target.value as OperationFilter })}>
                  <option value="all">{t('history.filter.all')}</option>
                  <option value="declared">{t('history.filter.declared')}</option>
                  <option value="revoked">{t('history.filter.revoked')}</option>
                </select>
              </div>
              <div className="field-inline">
                <label htmlFor="history-party">{t('history.filter.party')}</label>
                <select id="history-party" value={filters.party} onChange={(event) => setFilter({ party: event.target.value })}>
                  <option value="">{t('history.filter.anyParty')}</option>
                  {parties.map(([key, name]) => (
                    <option key={key} value={key}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
            </fieldset>
          </form>
          <div className="button-row no-print">
            <button type="button" className="button button-secondary" onClick={exportCsv}>
              {t('history.export')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('history.print')}
            </button>
          </div>
          <p role="status">{t('history.count', { count: entries.length })}</p>
          {entries.length === 0 && <p>{t('history.filter.none')}</p>}
          {groupByDay(shown, dayKey).map((group) => (
            <section key={group.day} className="history-day" aria-label={group.day}>
              <h2>{group.day}</h2>
              <ol className="timeline">
                {group.entries.map((entry, index) => {
                  const { what, who } = describe(entry);
                  const date = new Date(entry.timestamp);
                  return (
                    <li key={`${entry.timestamp}-${index}`} className={`timeline-entry ${entry.operation === 'DECLARE_EXCLUSION' ? 'declared' : 'revoked'}`}>
                      <p className="timeline-what">{what}</p>
                      <p className="timeline-meta">
                        <time dateTime={entry.timestamp}>{time.format(date)}</time> ({relativeHint(date, relative)}) · {who}
                      </p>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
          {pages > 1 && (
            <nav aria-label={t('history.pagination')} className="pagination no-print">
              <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {t('history.previous')}
              </button>
              <span>{t('history.page', { page, pages })}</span>
              <button type="button" className="button button-secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {t('history.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

function relativeHint(date: Date, format: Intl.RelativeTimeFormat): string {
  const days = Math.round((date.getTime() - Date.now()) / 86_400_000);
  return Math.abs(days) < 1 ? format.format(Math.round((date.getTime() - Date.now()) / 3_600_000), 'hour') : format.format(days, 'day');
}
