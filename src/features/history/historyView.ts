/** Pure shaping of history entries for the timeline and the CSV: who, what, when. */
import type { HistoryEntryWire } from '../../api/wire';
import { partyRefOf } from '../../api/wire';
import type { Translate } from '../../i18n/I18nProvider';

export const PAGE_SIZE = 25;

export type OperationFilter = 'all' | 'declared' | 'revoked';

export interface HistoryFilters {
  operation: OperationFilter;
  /** "ssin:…" or "nihii:…", or '' for every party. */
  party: string;
}

export const partyKey = (entry: HistoryEntryWire) => {
  const ref = partyRefOf(entry.target);
  return ref ? `${ref.type}:${ref.value}` : '';
};

export function filterEntries(entries: HistoryEntryWire[], filters: HistoryFilters): HistoryEntryWire[] {
  return entries.filter(
    (e) =>
      (filters.operation === 'all' || (filters.operation === 'declared') === (e.operation === 'DECLARE_EXCLUSION')) &&
      (!filters.party || partyKey(e) === filters.party),
  );
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
    name: [person?.firstName, person?.name].filter(Boolean).join(' ') || undefined,
    role: person?.qualificationCode,
    application: application?.name ?? application?.identifier[0]?.value,
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

const csvCell = (value: string) => (/[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** UTF-8 with a byte-order mark so spreadsheet programs read accents correctly. */
export function toCsv(header: string[], rows: string[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "By you", "By Marc Dubois, parent", … and the application it went through. */
export function authorText(author: Author, selfSsin: string, t: Translate): string {
  const person =
    author.ssin === selfSsin
      ? t('history.byYou')
      : t('history.byPerson', { name: author.name ?? t('history.role.patient') }) + (author.role === 'parent' || author.role === 'mandatary' ? `, ${t(`history.role.${author.role}`)}` : '');
  return author.application ? `${person} (${t('history.via', { application: author.application })})` : person;
}
