import { afterEach, describe, expect, it, vi } from 'vitest';
import { collator, dateFormat, numberFormat, pluralRules, warmIntl } from './intlFormats';

describe('intlFormats', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes one formatter per locale and options', () => {
    expect(pluralRules('nl-BE')).toBe(pluralRules('nl-BE'));
    expect(pluralRules('fr-BE')).not.toBe(pluralRules('nl-BE'));
    expect(dateFormat('de-BE', { timeStyle: 'short' })).toBe(dateFormat('de-BE', { timeStyle: 'short' }));
    expect(dateFormat('de-BE', { dateStyle: 'long' })).not.toBe(dateFormat('de-BE', { timeStyle: 'short' }));
    expect(numberFormat('nl-BE').format(1500)).toBe('1.500');
    expect(['b', 'a', 'é'].sort(collator('fr-BE').compare)).toEqual(['a', 'b', 'é']);
  });

  it('warms each formatter in an idle moment of its own, not at once', () => {
    const moments: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => moments.push(work));
    const made: string[] = [];
    warmIntl([() => made.push('plural'), () => made.push('number')]);
    expect(made).toEqual([]);
    expect(moments).toHaveLength(2);
    moments[0]!();
    expect(made).toEqual(['plural']);
    moments[1]!();
    expect(made).toEqual(['plural', 'number']);
  });
});
