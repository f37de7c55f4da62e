import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogues';
import { interpolate } from './I18nProvider';

const keysOf = (o: object) => Object.keys(o).sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const english = catalogues.en;

  it.each(['nl', 'fr', 'de'] as const)('%s has exactly the English keys, none empty', (language) => {
    const catalogue = catalogues[language];
    expect(keysOf(catalogue)).toEqual(keysOf(english));
    for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
  });

  it.each(['nl', 'fr', 'de'] as const)('%s uses the same placeholders as English', (language) => {
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect(placeholders(catalogues[language][key]), key).toEqual(placeholders(english[key]));
    }
  });

  it('interpolates named parameters and leaves unknown ones visible', () => {
    expect(interpolate('{name} is now excluded.', { name: 'Dr Maes' })).toBe('Dr Maes is now excluded.');
    expect(interpolate('{missing}', {})).toBe('{missing}');
  });
});
