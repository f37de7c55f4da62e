import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../domain/languages';
import { loadCatalogue } from './catalogues';
import { interpolate, translator } from './I18nProvider';
import { CATALOGUES } from './allCatalogues';
import { en as english } from './messages/en';
import { addPageMessages, pageMessage } from './pageMessages';
import { PAGE_MESSAGES } from './pages/all';
import { historyMessages } from './pages/history';

const keysOf = (o: object) => Object.keys(o).sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys, none empty', async (language) => {
    const catalogue = await loadCatalogue(language);
    expect(keysOf(catalogue)).toEqual(keysOf(english));
    for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every page message English has, none empty', (language) => {
    for (const page of Object.values(PAGE_MESSAGES)) {
      expect(keysOf(page[language])).toEqual(keysOf(page.en));
      for (const [key, text] of Object.entries(page[language])) expect(text.trim(), key).not.toBe('');
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s uses the same placeholders as English, on every page', (language) => {
    const catalogue = CATALOGUES[language];
    for (const key of Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[]) {
      expect(placeholders(catalogue[key]), key).toEqual(placeholders(CATALOGUES.en[key]));
    }
  });

  it('keeps the pages’ messages out of the first screen’s catalogue', () => {
    const pageKeys = Object.values(PAGE_MESSAGES).flatMap((page) => Object.keys(page.en));
    expect(pageKeys.length).toBeGreaterThan(90);
    expect(pageKeys.filter((key) => key in english)).toEqual([]);
  });

  it('translates a page’s messages once the page added them, in every language', async () => {
    const t = translator(await loadCatalogue('nl'), 'nl');
    expect(t('history.title')).toBe('history.title');
    addPageMessages(historyMessages);
    expect(t('history.title')).toBe('Geschiedenis van de wijzigingen');
    expect(t('login.title')).toBe((await loadCatalogue('nl'))['login.title']);
    expect(pageMessage('de', 'history.title')).toBe(historyMessages.de['history.title']);
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
