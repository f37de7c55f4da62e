import { describe, expect, it } from 'vitest';
import type { HistoryEntryWire } from '../../api/history';
import { translator } from '../../i18n/I18nProvider';
import { CATALOGUES } from '../../i18n/allCatalogues';
import { csvFileName, csvSeparator, localTimestamp, toCsv } from './historyCsv';
import { authorOf, authorText, filterEntries, groupByDay, lastRevocations, pageCount, pageOf, PAGE_SIZE, relativeTime } from './historyView';

const app = { identifier: [{ type: 'local', value: 'myhealth' }], name: 'myhealth', firstName: null, qualificationCode: 'application' };
const person = (ssin: string, role: string, first: string | null = null, last: string | null = null) => ({
  identifier: [{ type: 'ssin', value: ssin }],
  name: last,
  firstName: first,
  qualificationCode: role,
});
const entry = (timestamp: string, operation: HistoryEntryWire['operation'], target: string, author = person('85071412330', 'patient')): HistoryEntryWire => ({
  author: [app, author],
  target: { identifier: [{ type: 'ssin', value: target }], name: 'Maes', firstName: 'Jan', qualificationCode: 'persphysician' },
  timestamp,
  operation,
});

describe('history view', () => {
  const en = translator(CATALOGUES.en);
  it('names who acted: you, a parent, a mandatary, the patient, with the application by a name patients know', () => {
    const known = (id: string) => (id === 'myhealth' ? 'MyHealth' : undefined);
    expect(authorText(authorOf(entry('2025-01-01T10:00:00+00:00', 'DECLARE_EXCLUSION', '1')), '85071412330', en, known)).toBe('By you (through MyHealth)');
    expect(
      authorText(
        authorOf(entry('2025-01-01T10:00:00+00:00', 'DECLARE_EXCLUSION', '1', person('79030204523', 'parent', 'Marc', 'Dubois'))),
        '85071412330',
        en,
        known,
      ),
    ).toBe('By Marc Dubois, parent (through MyHealth)');
    expect(
      authorText(
        authorOf(entry('2025-01-01T10:00:00+00:00', 'DECLARE_EXCLUSION', '1', person('90012578967', 'mandatary', 'Sofie', 'Janssens'))),
        '1',
        translator(CATALOGUES.fr),
        known,
      ),
    ).toBe('Par Sofie Janssens, mandataire (via MyHealth)');
    expect(authorText(authorOf(entry('2025-01-01T10:00:00+00:00', 'DECLARE_EXCLUSION', '1')), '79030204523', en, () => undefined)).toBe(
      'By the patient (through another application)',
    );
  });

  it('filters by operation and party, pages by 25 without repeating or skipping', () => {
    const entries = Array.from({ length: 60 }, (_, i) =>
      entry(new Date(Date.UTC(2025, 0, 1, 0, 60 - i)).toISOString(), i % 2 ? 'REVOKE_EXCLUSION' : 'DECLARE_EXCLUSION', String(i % 3)),
    );
    expect(filterEntries(entries, { operation: 'declared', party: '' })).toHaveLength(30);
    expect(
      filterEntries(entries, { operation: 'revoked', party: 'ssin:1' }).every(
        (e) => e.operation === 'REVOKE_EXCLUSION' && e.target.identifier[0]!.value === '1',
      ),
    ).toBe(true);
    expect(pageCount(entries.length)).toBe(3);
    const pages = [1, 2, 3].flatMap((p) => pageOf(entries, p));
    expect(pages).toEqual(entries);
    expect(pageOf(entries, 1)).toHaveLength(PAGE_SIZE);
  });

  it('groups consecutive entries by local day', () => {
    const groups = groupByDay(
      [
        entry('2025-01-02T10:00:00+00:00', 'DECLARE_EXCLUSION', '1'),
        entry('2025-01-02T08:00:00+00:00', 'DECLARE_EXCLUSION', '1'),
        entry('2025-01-01T08:00:00+00:00', 'DECLARE_EXCLUSION', '1'),
      ],
      (d) => d.toISOString().slice(0, 10),
    );
    expect(groups.map((g) => [g.day, g.entries.length])).toEqual([
      ['2025-01-02', 2],
      ['2025-01-01', 1],
    ]);
  });

  it('writes CSV with a byte-order mark, quoting what needs it', () => {
    expect(toCsv(['Date', 'Name'], [['2025', 'Apotheek "De Linde", Zn']])).toBe('\uFEFFDate,Name\r\n2025,"Apotheek ""De Linde"", Zn"\r\n');
  });

  it('writes the semicolon Belgian Excel expects in nl, fr and de, and never a formula', () => {
    expect(['nl', 'fr', 'de', 'en'].map((l) => csvSeparator(l as 'nl'))).toEqual([';', ';', ';', ',']);
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['Dr; Maes', '=HYPERLINK("x")'],
          ['+32', 'line\rbreak'],
          ['-1', '@SUM(A1)'],
          ['\tx', 'ok'],
        ],
        ';',
      ),
    ).toBe('\uFEFFa;b\r\n"Dr; Maes";"\'=HYPERLINK(""x"")"\r\n\'+32;"line\rbreak"\r\n\'-1;\'@SUM(A1)\r\n\'\tx;ok\r\n');
  });

  it('gives local times with their offset, and a file name with whose history and when, never a number', () => {
    expect(localTimestamp(new Date(2025, 2, 3, 10, 5, 9))).toMatch(/^2025-03-03 10:05:09 [+-]\d{2}:\d{2}$/);
    expect(csvFileName('Geschiedenis', 'Lina Dubois', new Date(2026, 10, 23))).toBe('Geschiedenis-Lina-Dubois-2026-11-23.csv');
    expect(csvFileName('Historique', 'Élodie D’Hondt', new Date(2026, 0, 2))).toBe('Historique-Elodie-D-Hondt-2026-01-02.csv');
  });

  it('filters by local day, both bounds included', () => {
    const day = (d: number) => entry(new Date(2025, 2, d, 12).toISOString(), 'DECLARE_EXCLUSION', String(d));
    const entries = [day(5), day(4), day(3), day(2)];
    expect(filterEntries(entries, { operation: 'all', party: '', from: '2025-03-03', to: '2025-03-04' }).map((e) => e.target.identifier[0]!.value)).toEqual([
      '4',
      '3',
    ]);
  });

  it("offers to exclude again only after a provider's latest change, when that is a revocation", () => {
    const revokedA = entry('2025-03-03T10:00:00+01:00', 'REVOKE_EXCLUSION', 'A');
    const declaredB = entry('2025-03-02T10:00:00+01:00', 'DECLARE_EXCLUSION', 'B');
    const olderRevokedB = entry('2025-03-01T10:00:00+01:00', 'REVOKE_EXCLUSION', 'B');
    const olderRevokedA = entry('2025-02-01T10:00:00+01:00', 'REVOKE_EXCLUSION', 'A');
    expect([...lastRevocations([revokedA, declaredB, olderRevokedB, olderRevokedA])]).toEqual([revokedA]);
  });

  it('says how long ago in numbers, never "this hour" (nl: "binnen een uur" reads as the future)', () => {
    const now = Date.parse('2025-03-03T12:00:00Z');
    const ago = (seconds: number) => new Date(now - seconds * 1000);
    expect(relativeTime(ago(20), now, 'nl-BE', 'zonet')).toBe('zonet');
    expect(relativeTime(ago(25 * 60), now, 'nl-BE', 'zonet')).toBe('25 minuten geleden');
    expect(relativeTime(ago(40 * 60), now, 'nl-BE', 'zonet')).not.toMatch(/binnen/);
    expect(relativeTime(ago(3 * 3600), now, 'fr-BE', 'à l’instant')).toBe('il y a 3 heures');
    expect(relativeTime(ago(26 * 3600), now, 'en-BE', 'just now')).toBe('yesterday');
    expect(relativeTime(ago(3 * 86_400), now, 'de-BE', 'gerade eben')).toBe('vor 3 Tagen');
  });
});
