import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useOptimistic, useRef, useState, useTransition } from 'react';
import { flushSync } from 'react-dom';
import { useHistory } from '../../api/history';
import type { HistoryEntryWire } from '../../api/history';
import { useActivePerson } from '../../components/activePerson';
import { afterNextPaint, whenIdle } from '../../components/idle';
import { warmDateField } from '../../components/warmDateField';
import { useNavigation, useViewParams } from '../../components/navigation';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { profileName } from '../../components/profileName';
import { HISTORY_MAX_ENTRIES } from '../../domain/serviceContract';
import { localeTag, useI18n } from '../../i18n/I18nProvider';
import { useFormats } from '../../i18n/useFormats';
import { collator, dateFormat, numberFormat, pluralRules, relativeTimeFormat, warmIntl } from '../../i18n/intlFormats';
import { DAY_HEADING, describeEntry } from './describeEntry';
import { HistoryEntries } from './HistoryEntries';
import { csvFileName, csvSeparator, localTimestamp, toCsv } from './historyCsv';
import { HistoryPagination } from './HistoryPagination';
import { filterEntries, lastRevocations, pageCount, pageOf, PAGE_SIZE, type HistoryFilters, type OperationFilter } from './historyView';
import { partyForToken } from './providerToken';
import { ProviderFilter } from './ProviderFilter';
import { addPageMessages } from '../../i18n/pageMessages';
import { historyMessages } from '../../i18n/pages/history';
import { isLanguage } from '../../i18n/locales';

// Before anything on this page renders: its messages come with its code.
addPageMessages(historyMessages);

/** The provider filter's entries until the whole history is in (one array, so its memo holds). */
const NO_ENTRIES: HistoryEntryWire[] = [];

// A language's data loads with its first formatter of each kind: 30–60 ms on a slow phone. Made
// once this code has loaded (the first screen idle: lazyPages.preloadPages), each in an idle
// moment of its own, not while a long history is drawn.
const pageLanguage = document.documentElement.lang;
if (isLanguage(pageLanguage)) {
  const tag = localeTag(pageLanguage);
  warmIntl([
    () => dateFormat(tag, { timeStyle: 'short' }).format(0),
    () => dateFormat(tag, DAY_HEADING).format(0),
    () => relativeTimeFormat(tag, 'auto').format(-2, 'day'),
    () => relativeTimeFormat(tag, 'always').format(-2, 'hour'),
    () => pluralRules(tag).select(2),
    () => numberFormat(tag).format(1500),
    () => collator(tag).compare('a', 'b'),
  ]);
}
// The filters' date fields: the browser's first one in a document is costly (warmDateField.ts).
whenIdle(warmDateField);

/** The filters and page a URL asks for (anything else in it is ignored). */
function readFilters(params: URLSearchParams) {
  const day = (name: string) => (/^\d{4}-\d{2}-\d{2}$/.test(params.get(name) ?? '') ? params.get(name)! : '');
  return {
    operation: (['declared', 'revoked'] as const).find((o) => o === params.get('change')) ?? ('all' as OperationFilter),
    providerParam: params.get('provider') ?? '',
    from: day('from'),
    to: day('to'),
  };
}

/**
 * The history: one request for up to 1,500 entries (the API's only paging control is a limit),
 * paged and filtered here. Page and filters are in the URL, so a reload and Back keep them; the
 * care provider only as a tab-salted token (providerToken.ts), never as a number.
 */
export function HistoryPage() {
  const { t, language } = useI18n();
  const { plural } = useFormats();
  const { active, self } = useActivePerson();
  // The whole history is asked for once page 1 is on screen: gzipped, its 1,500 entries came
  // within a round trip, and read while page 1 was being drawn they made it later than a short one's.
  const [pageOneShownFor, setPageOneShownFor] = useState<string | null>(null);
  const history = useHistory(active.ssin, PAGE_SIZE, pageOneShownFor === active.ssin);
  // The whole history (up to 1,500 entries, hundreds of providers in the filter) arrives in one
  // answer: it is drawn in a render React can interrupt, page 1 staying on screen meanwhile,
  // rather than in the synchronous render the query's update asks for.
  const answer = useDeferredValue(history.answer);
  const drawn = answer !== undefined;
  useEffect(() => {
    if (!drawn || pageOneShownFor === active.ssin) return;
    return afterNextPaint(() => setPageOneShownFor(active.ssin));
  }, [drawn, active.ssin, pageOneShownFor]);
  const all = useMemo(() => answer?.entries ?? [], [answer]);
  const complete = answer?.complete === true;
  const [params, setParams] = useViewParams();
  const [printAll, setPrintAll] = useState(false);
  const printable = useRef<HTMLElement>(null);
  const { print } = useNavigation();

  // The router draws a new URL in a transition: until it is drawn, the entries on screen are the
  // old filter's or page's. `updating` marks them as such (aria-busy, greyed, "Updating…"), and
  // the controls show what was asked for at once (useOptimistic) instead of springing back.
  const [updating, startUpdate] = useTransition();
  const [wanted, setWanted] = useOptimistic(params);
  const busy = complete && updating;
  const { operation, providerParam, from, to } = readFilters(params);
  const asked = readFilters(wanted);
  const party = useMemo(() => partyForToken(all, providerParam), [all, providerParam]);
  const filters = useMemo<HistoryFilters>(() => ({ operation, party, from, to }), [operation, party, from, to]);
  const entries = useMemo(() => filterEntries(all, filters), [all, filters]);
  // Another page, or any filter, needs the whole history; page 1 can show from the newest page alone.
  const needsAll = (Number(params.get('page')) || 1) > 1 || operation !== 'all' || providerParam !== '' || from !== '' || to !== '';
  const waiting = !history.error && (history.isPending || (!complete && needsAll));
  const pages = pageCount(entries.length);
  const page = Math.min(Math.max(1, Number(params.get('page')) || 1), pages);
  const shown = useMemo(() => (printAll ? entries : pageOf(entries, page)), [printAll, entries, page]);
  const offerAgain = useMemo(() => lastRevocations(all), [all]);

  /** A new filter starts at page 1; an empty value leaves the URL. Built on what was last asked for. */
  const update = useCallback(
    (changes: Record<string, string>) => {
      const next = new URLSearchParams(wanted);
      for (const [name, value] of Object.entries(changes))
        if (value) next.set(name, value);
        else next.delete(name);
      if (!('page' in changes)) next.delete('page');
      startUpdate(() => {
        setWanted(next);
        setParams(() => next);
      });
    },
    [wanted, setWanted, setParams],
  );
  const goTo = (next: number) => update({ page: next === 1 ? '' : String(next) });
  // The filter's own handler never changes (the URL's setter does, with every change of the URL),
  // so the 750 options of a long history are not drawn again at each page or filter.
  const latestUpdate = useRef(update);
  useLayoutEffect(() => {
    latestUpdate.current = update;
  });
  const chooseProvider = useCallback((token: string) => latestUpdate.current({ provider: token }), []);

  // Printing (the button or the browser's menu) prints every change the filters select, not one page.
  useEffect(() => {
    const before = () => flushSync(() => setPrintAll(true));
    const after = () => setPrintAll(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const exportCsv = () => {
    const rows = entries.map((entry) => {
      const { party, who } = describeEntry(entry, t, language, self.ssin);
      return [
        localTimestamp(new Date(entry.timestamp)),
        t(entry.operation === 'DECLARE_EXCLUSION' ? 'history.csv.declared' : 'history.csv.revoked'),
        party.name,
        party.profession,
        party.identifier,
        who,
      ];
    });
    const csv = toCsv(
      [
        t('history.csv.date'),
        t('history.csv.operation'),
        t('history.csv.party'),
        t('history.csv.profession'),
        t('history.csv.identifier'),
        t('history.csv.author'),
      ],
      rows,
      csvSeparator(language),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = csvFileName(t('history.csv.fileName'), profileName(active, t), new Date());
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section className="history" ref={printable}>
      <PageHeading>{t('history.title')}</PageHeading>
      <p className="lead">{t('history.intro', { name: profileName(active, t) })}</p>
      {waiting && <Loading label={t('history.loading')} />}
      {history.error && (!answer || !complete) && <ErrorState error={history.error} onRetry={history.refetch} retrying={history.isFetching} />}
      {complete && all.length === 0 && (
        <div className="empty-state">
          <h2>{t('history.empty.title')}</h2>
          <p>{t('history.empty.body')}</p>
        </div>
      )}
      {all.length > 0 && (complete || !needsAll) && (
        <>
          {/* While the older entries load, the filters and buttons are there but disabled: when the
              entries come, page 1 does not move (appearing above it, they shifted it by 0.18 of the
              screen, Lighthouse's CLS at CPU ×6). */}
          {(complete || !history.error) && (
            <>
              <form className="lookup no-print" onSubmit={(event) => event.preventDefault()}>
                <fieldset disabled={!complete}>
                  <legend>{t('history.filter.legend')}</legend>
                  <div className="field-inline">
                    <label htmlFor="history-operation">{t('history.filter.operation')}</label>
                    <select
                      id="history-operation"
                      value={asked.operation}
                      onChange={(event) => update({ change: event.target.value === 'all' ? '' : (event.target.value as OperationFilter) })}
                    >
                      <option value="all">{t('history.filter.all')}</option>
                      <option value="declared">{t('history.filter.declared')}</option>
                      <option value="revoked">{t('history.filter.revoked')}</option>
                    </select>
                  </div>
                  <ProviderFilter
                    entries={complete ? all : NO_ENTRIES}
                    value={asked.providerParam === providerParam ? (party ? providerParam : '') : asked.providerParam}
                    onChange={chooseProvider}
                  />
                  {(['from', 'to'] as const).map((bound) => (
                    <div className="field-inline" key={bound}>
                      <label htmlFor={`history-${bound}`}>{t(`history.filter.${bound}`)}</label>
                      {/* Each bound limits the other, so the range cannot be turned inside out. */}
                      <input
                        id={`history-${bound}`}
                        type="date"
                        value={asked[bound]}
                        min={bound === 'to' ? asked.from || undefined : undefined}
                        max={bound === 'from' ? asked.to || undefined : undefined}
                        onChange={(event) => update({ [bound]: event.target.value })}
                      />
                    </div>
                  ))}
                </fieldset>
              </form>
              <div className="button-row no-print">
                <button type="button" className="button button-secondary" disabled={!complete} onClick={exportCsv}>
                  {t('history.export')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={!complete}
                  onClick={() => {
                    flushSync(() => setPrintAll(true));
                    print({ title: t('history.title'), region: printable.current });
                    setPrintAll(false);
                  }}
                >
                  {t('history.print')}
                </button>
              </div>
              {/* One live region for both, so the change of its words is announced. */}
              <p role="status" className={busy ? 'loading' : undefined}>
                {busy && <span className="spinner" aria-hidden="true" />}
                {!complete ? t('history.loadingOlder') : updating ? t('history.updating') : plural('history.count', entries.length)}
              </p>
            </>
          )}
          {printAll && <p className="print-only">{plural('history.printScope', entries.length)}</p>}
          <div className="history-entries" aria-busy={updating}>
            <HistoryEntries entries={shown} offerAgain={offerAgain} filteredOut={entries.length === 0} />
          </div>
          {/* Below the entries, where one looks for the older ones: appearing above, it would move them. */}
          {complete && all.length >= HISTORY_MAX_ENTRIES && <p className="notice notice-info">{plural('history.truncated', HISTORY_MAX_ENTRIES)}</p>}
          {pages > 1 && !printAll && <HistoryPagination page={page} pages={pages} goTo={goTo} />}
        </>
      )}
    </section>
  );
}
