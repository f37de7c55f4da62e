import { describe, expect, it } from 'vitest';
import { ALL_PROFESSIONS, findProfession, PRACTITIONER_PROFESSIONS, professionLabel, searchProfessions } from './professions';

describe('professions', () => {
  it('holds the cookbook\'s 24 practitioner codes and the pharmacy', () => {
    expect(PRACTITIONER_PROFESSIONS).toHaveLength(24);
    expect(ALL_PROFESSIONS).toHaveLength(25);
    expect(new Set(ALL_PROFESSIONS.map((p) => p.code)).size).toBe(25);
    expect(ALL_PROFESSIONS.filter((p) => p.identifiedBy === 'nihii').map((p) => p.code)).toEqual(['orgpharmacy']);
  });

  it('reads the cookbook\'s two misspelled codes as the official ones', () => {
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
});
