import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../domain/languages';
import { loadCatalogue } from './catalogues';
import { interpolate } from './I18nProvider';
import { en as english } from './messages/en';

const keysOf = (o: object) => Object.keys(o).sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys, none empty', async (language) => {
    const catalogue = await loadCatalogue(language);
    expect(keysOf(catalogue)).toEqual(keysOf(english));
    for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s uses the same placeholders as English', async (language) => {
    const catalogue = await loadCatalogue(language);
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect(placeholders(catalogue[key]), key).toEqual(placeholders(english[key]));
    }
  });

  it('loads each language once', async () => {
    expect(await loadCatalogue('fr')).toBe(await loadCatalogue('fr'));
    expect((await loadCatalogue('en'))['login.title']).toBe('Log in');
  });

  it('interpolates named parameters and leaves unknown ones visible', () => {
    expect(interpolate('{name} is now excluded.', { name: 'Dr Maes' })).toBe('Dr Maes is now excluded.');
    expect(interpolate('{missing}', {})).toBe('{missing}');
  });
});
