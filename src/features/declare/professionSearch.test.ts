import { describe, expect, it } from 'vitest';
import { professionName } from '../../components/professionName';
import { LANGUAGES, type Language } from '../../domain/languages';
import { CATALOGUES } from '../../i18n/allCatalogues';
import { translator } from '../../i18n/I18nProvider';
import { searchProfessions } from './professionSearch';

/** The search as the picker runs it once every language's messages are in. */
const search = (query: string, language: Language) =>
  searchProfessions(query, {
    own: (p) => professionName(p.code, translator(CATALOGUES[language])),
    inAnyLanguage: (p) => LANGUAGES.map((l) => professionName(p.code, translator(CATALOGUES[l]))),
  });

describe('searchProfessions', () => {
  it('searches labels in the current language, ignoring accents and case', () => {
    expect(search('kine', 'nl').map((p) => p.code)).toEqual(['persphysiotherapist']);
    expect(search('DIETETICIEN', 'fr').map((p) => p.code)).toEqual(['persdietician']);
    expect(search('', 'en')).toHaveLength(24);
  });

  it.each([
    ['doctor', 'en', 'persphysician'],
    ['GP', 'en', 'persphysician'],
    ['huisarts', 'nl', 'persphysician'],
    ['dokter', 'nl', 'persphysician'],
    ['geneesheer', 'nl', 'persphysician'],
    ['médecin généraliste', 'fr', 'persphysician'],
    ['Arzt', 'de', 'persphysician'],
    ['Hausarzt', 'de', 'persphysician'],
    ['kiné', 'fr', 'persphysiotherapist'],
    ['kine', 'nl', 'persphysiotherapist'],
    ['tandarts', 'fr', 'persdentist'],
    ['Zahnarzt', 'nl', 'persdentist'],
    ['infirmière', 'en', 'persnurse'],
    ['psy', 'fr', 'persclinicalpsychologist'],
  ] as const)('finds what people type: "%s" on a %s page → %s first', (query, language, code) => {
    expect(search(query, language)[0]?.code).toBe(code);
  });

  it("puts the page language's labels before other names, and finds nothing for nonsense", () => {
    // "arts" is the Dutch label of a physician, but on an English page the English labels come first.
    expect(
      search('nurse', 'en')
        .map((p) => p.code)
        .slice(0, 2),
    ).toEqual(['persnurse', 'perspracticalnurse']);
    expect(search('xyzzy', 'en')).toEqual([]);
    // Two letters: other names must start with them.
    expect(search('gp', 'fr').map((p) => p.code)).toEqual(['persphysician']);
  });
});
