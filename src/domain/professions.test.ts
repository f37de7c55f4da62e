import { describe, expect, it } from 'vitest';
import { ALL_PROFESSIONS, findProfession, PRACTITIONER_PROFESSIONS, professionLabelKey } from './professions';

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
    expect(professionLabelKey('persordentalhygienist')).toBe('profession.persoraldentalhygienist');
    expect(professionLabelKey('persdentalhygienist')).toBe('profession.persdentalhygienist');
    expect(professionLabelKey('unknowncode')).toBeUndefined();
  });
});
