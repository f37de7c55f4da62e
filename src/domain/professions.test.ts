import { describe, expect, it } from 'vitest';
import { searchProfessions } from './professionSearch';
import { ALL_PROFESSIONS, findProfession, PRACTITIONER_PROFESSIONS, professionLabel } from './professions';

describe('professions', () => {
  it("holds the cookbook's 24 practitioner codes and the pharmacy", () => {
    expect(PRACTITIONER_PROFESSIONS).toHaveLength(24);
    expect(ALL_PROFESSIONS).toHaveLength(25);
    expect(new Set(ALL_PROFESSIONS.map((p) => p.code)).size).toBe(25);
    expect(ALL_PROFESSIONS.filter((p) => p.identifiedBy === 'nihii').map((p) => p.code)).toEqual(['orgpharmacy']);
  });

  it("reads the cookbook's two misspelled codes as the official ones", () => {
    expect(findProfession('persordentalhygienist')?.code).toBe('persoraldentalhygienist');
    expect(findProfession('persclinicalorthopedagogue')?.code).toBe('persclinicalorthopedagogist');
    expect(professionLabel('persdentalhygienist', 'nl')).toBe('Mondhygiënist');
  });

  it('labels in four languages', () => {
    expect(professionLabel('persphysician', 'fr')).toBe('Médecin');
    expect(professionLabel('persphysiotherapist', 'nl')).toBe('Kinesitherapeut');
    expect(professionLabel('orgpharmacy', 'de')).toBe('Apotheke');
    expect(professionLabel('unknowncode', 'en')).toBe('unknowncode');
  });

  it('searches labels in the current language, ignoring accents and case', () => {
    expect(searchProfessions('kine', 'nl').map((p) => p.code)).toEqual(['persphysiotherapist']);
    expect(searchProfessions('DIETETICIEN', 'fr').map((p) => p.code)).toEqual(['persdietician']);
    expect(searchProfessions('', 'en')).toHaveLength(24);
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
    expect(searchProfessions(query, language)[0]?.code).toBe(code);
  });

  it("puts the page language's labels before other names, and finds nothing for nonsense", () => {
    // "arts" is the Dutch label of a physician, but on an English page the English labels come first.
    expect(
      searchProfessions('nurse', 'en')
        .map((p) => p.code)
        .slice(0, 2),
    ).toEqual(['persnurse', 'perspracticalnurse']);
    expect(searchProfessions('xyzzy', 'en')).toEqual([]);
    // Two letters: other names must start with them.
    expect(searchProfessions('gp', 'fr').map((p) => p.code)).toEqual(['persphysician']);
  });
});
