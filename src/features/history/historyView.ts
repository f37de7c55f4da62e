/** Pure shaping of history entries for the timeline and the CSV: who, what, when. */
import type { HistoryEntryWire } from '../../api/history';
import { partyKey as keyOf, partyName, partyRefOf } from '../../domain/party';
import type { Translate } from '../../i18n/I18nProvider';
import { relativeTimeFormat } from '../../i18n/intlFormats';

export const PAGE_SIZE = 25;

export type OperationFilter = 'all' | 'declared' | 'revoked';

export interface HistoryFilters {
  operation: OperationFilter;
  /** "ssin:…" or "nihii:…", or '' for every party. */
  party: string;
  /** Local calendar days, YYYY-MM-DD, both included; '' for no bound. */
  from?: string;
  to?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment, as YYYY-MM-DD (what a date field holds). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The provider an entry is about, as a key (see domain/party.ts). */
export const partyKey = (entry: HistoryEntryWire) => keyOf(partyRefOf(entry.target));

export function filterEntries(entries: HistoryEntryWire[], filters: HistoryFilters): HistoryEntryWire[] {
  return entries.filter(
    (e) =>
      (filters.operation === 'all' || (filters.operation === 'declared') === (e.operation === 'DECLARE_EXCLUSION')) &&
      (!filters.party || partyKey(e) === filters.party) &&
      (!filters.from || localDay(new Date(e.timestamp)) >= filters.from) &&
      (!filters.to || localDay(new Date(e.timestamp)) <= filters.to),
  );
}

/**
 * The revocations after which the provider is no longer excluded: for each provider, its latest
 * change when that is a revocation. The history offers to exclude those again (entries arrive
 * newest first).
 */
export function lastRevocations(entries: HistoryEntryWire[]): Set<HistoryEntryWire> {
  const seen = new Set<string>();
  const offered = new Set<HistoryEntryWire>();
  for (const entry of entries) {
    const key = partyKey(entry);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (entry.operation === 'REVOKE_EXCLUSION') offered.add(entry);
  }
  return offered;
}

/**
 * "2 days ago", "3 hours ago", "5 minutes ago", or `justNow` under a minute. Minutes and hours are
 * always numbers: the languages' words for "this hour" read as the future ("binnen een uur").
 */
export function relativeTime(date: Date, now: number, language: string, justNow: string): string {
  const seconds = (date.getTime() - now) / 1000;
  if (Math.abs(seconds) < 60) return justNow;
  if (Math.abs(seconds) < 3600) return relativeTimeFormat(language, 'always').format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86_400) return relativeTimeFormat(language, 'always').format(Math.round(seconds / 3600), 'hour');
  return relativeTimeFormat(language, 'auto').format(Math.round(seconds / 86_400), 'day');
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function pageOf<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

export interface Author {
  /** The person's SSIN, when the entry names one. */
  ssin?: string;
  name?: string;
  role?: string;
  application?: string;
}

export function authorOf(entry: HistoryEntryWire): Author {
  const application = entry.author.find((a) => a.qualificationCode === 'application');
  const person = entry.author.find((a) => a.qualificationCode !== 'application');
  return {
    ssin: person?.identifier.find((i) => i.type === 'ssin')?.value,
    name: partyName(person),
    role: person?.qualificationCode,
    application: application?.identifier[0]?.value ?? application?.name ?? undefined,
  };
}

/** Groups consecutive entries by local calendar day (entries arrive newest first). */
export function groupByDay<T extends { timestamp: string }>(entries: T[], dayKey: (date: Date) => string): { day: string; entries: T[] }[] {
  const groups: { day: string; entries: T[] }[] = [];
  for (const entry of entries) {
    const day = dayKey(new Date(entry.timestamp));
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}

/**
 * "By you", "By Marc Dubois, parent", … and the application it went through, by the name patients
 * know it by (`applicationName`), or "another application": never a technical client id.
 */
export function authorText(author: Author, selfSsin: string, t: Translate, applicationName: (id: string) => string | undefined): string {
  const person =
    author.ssin === selfSsin
      ? t('history.byYou')
      : t('history.byPerson', { name: author.name ?? t('history.role.patient') }) +
        (author.role === 'parent' || author.role === 'mandatary' ? `, ${t(`history.role.${author.role}`)}` : '');
  if (!author.application) return person;
  return `${person} (${t('history.via', { application: applicationName(author.application) ?? t('history.anotherApplication') })})`;
}
