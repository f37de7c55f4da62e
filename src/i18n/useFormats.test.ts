import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './allCatalogues';
import { translator } from './I18nProvider';
import { formats } from './useFormats';

describe('formats', () => {
  it('says a count by the language’s plural rules, the number written the Belgian way', () => {
    const nl = formats('nl', translator(CATALOGUES.nl));
    expect(nl.plural('history.count', 1)).toBe(CATALOGUES.nl['history.count.one'].replace('{count}', '1'));
    expect(nl.plural('history.count', 1500)).toBe(CATALOGUES.nl['history.count.other'].replace('{count}', '1.500'));
    // French says "0 modification" and "1 500": its plural rules and its grouping, not English ones.
    const fr = formats('fr', translator(CATALOGUES.fr));
    expect(fr.plural('history.count', 0)).toBe(CATALOGUES.fr['history.count.one'].replace('{count}', '0'));
    expect(fr.plural('history.count', 1500)).toMatch(/1\s500/);
  });

  it('writes a date in the language of the page, for Belgium', () => {
    const date = new Date(Date.UTC(2026, 10, 30, 12));
    expect(formats('nl', translator(CATALOGUES.nl)).formatDate(date)).toBe('30 november 2026');
    expect(formats('fr', translator(CATALOGUES.fr)).formatDate(date)).toBe('30 novembre 2026');
    expect(formats('de', translator(CATALOGUES.de)).formatDate(date)).toBe('30. November 2026');
  });
});
