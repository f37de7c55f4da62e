import { describe, expect, it } from 'vitest';
import type { HistoryEntryWire } from '../../api/wire';
import { translator } from '../../i18n/I18nProvider';
import { en as english } from '../../i18n/messages/en';
import { fr } from '../../i18n/messages/fr';
import { authorOf, authorText, filterEntries, groupByDay, pageCount, pageOf, PAGE_SIZE, toCsv } from './historyView';

const app = { identifier: [{ type: 'local', value: 'myhealth' }], name: 'myhealth', firstName: null, qualificationCode: 'application' };
const person = (ssin: string, role: string, first: string | null = null, last: string | null = null) => ({ identifier: [{ type: 'ssin', value: ssin }], name: last, firstName: first, qualificationCode: role });
const entry = (timestamp: string, operation: HistoryEntryWire['operation'], target: string, author = person('85071412330', 'patient')): HistoryEntryWire => ({
  author: [app, author],
  target: { identifier: [{ type: 'ssin', value: target }], name: 'Maes', firstName: 'Jan', qualificationCode: 'persphysician' },
  timestamp,
  operation,
});

describe('history view', () => {
  const en = translator(english);
  it('names who acted: you, a parent, a mandatary, the patient, with the application', () => {
    expect(authorText(authorOf(entry('2025-01-01T10:00:00+00:00', 'DECLARE_EXCLUSION', '1')), '85071412330', en)).toBe('By you (through myhealth)');
    expect(authorText(authorOf(entry('2025-01-01T10:00:00+00:00', 'DECLARE_EXCLUSION', '1', person('79030204523', 'parent', 'Marc', 'Dubois'))), '85071412330', en)).toBe('By Marc Dubois, parent (through myhealth)');
    expect(authorText(authorOf(entry('2025-01-01T10:00:00+00:00', 'DECLARE_EXCLUSION', '1', person('90012578967', 'mandatary', 'Sofie', 'Janssens'))), '1', translator(fr))).toBe('Par Sofie Janssens, mandataire (via myhealth)');
    expect(authorText(authorOf(entry('2025-01-01T10:00:00+00:00', 'DECLARE_EXCLUSION', '1')), '79030204523', en)).toBe('By the patient (through myhealth)');
  });

  it('filters by operation and party, pages by 25 without repeating or skipping', () => {
    const entries = Array.from({ length: 60 }, (_, i) => entry(new Date(Date.UTC(2025, 0, 1, 0, 60 - i)).toISOString(), i % 2 ? 'REVOKE_EXCLUSION' : 'DECLARE_EXCLUSION', String(i % 3)));
    expect(filterEntries(entries, { operation: 'declared', party: '' })).toHaveLength(30);
    expect(filterEntries(entries, { operation: 'revoked', party: 'ssin:1' }).every((e) => e.operation === 'REVOKE_EXCLUSION' && e.target.identifier[0]!.value === '1')).toBe(true);
    expect(pageCount(entries.length)).toBe(3);
    const pages = [1, 2, 3].flatMap((p) => pageOf(entries, p));
    expect(pages).toEqual(entries);
    expect(pageOf(entries, 1)).toHaveLength(PAGE_SIZE);
  });

  it('groups consecutive entries by local day', () => {
    const groups = groupByDay([entry('2025-01-02T10:00:00+00:00', 'DECLARE_EXCLUSION', '1'), entry('2025-01-02T08:00:00+00:00', 'DECLARE_EXCLUSION', '1'), entry('2025-01-01T08:00:00+00:00', 'DECLARE_EXCLUSION', '1')], (d) => d.toISOString().slice(0, 10));
    expect(groups.map((g) => [g.day, g.entries.length])).toEqual([['2025-01-02', 2], ['2025-01-01', 1]]);
  });

  it('writes CSV with a byte-order mark, quoting what needs it', () => {
    expect(toCsv(['Date', 'Name'], [['2025', 'Apotheek "De Linde", Zn']])).toBe('\uFEFFDate,Name\r\n2025,"Apotheek ""De Linde"", Zn"\r\n');
  });
});
