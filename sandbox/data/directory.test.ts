import { describe, expect, it } from 'vitest';
import { hasClassicNihiiCheckDigits } from '../../src/domain/nihii';
import { PRACTITIONER_PROFESSIONS } from '../../src/domain/professions';
import { isValidSsin } from '../../src/domain/ssin';
import { buildDirectory } from './directory';

describe('directory', () => {
  const directory = buildDirectory();
  it('holds at least 5,000 practitioners over all 24 professions and 500 pharmacies, all with valid numbers', () => {
    expect(directory.practitioners.length).toBeGreaterThanOrEqual(5000);
    expect(directory.pharmacies.length).toBeGreaterThanOrEqual(500);
    expect(new Set(directory.practitioners.flatMap((p) => p.professions))).toEqual(new Set(PRACTITIONER_PROFESSIONS.map((p) => p.code)));
    expect(directory.practitioners.every((p) => isValidSsin(p.ssin))).toBe(true);
    expect(directory.pharmacies.every((p) => hasClassicNihiiCheckDigits(p.nihii))).toBe(true);
  });
  it('is the same on every build', () => {
    expect(buildDirectory().practitioners.slice(0, 50)).toEqual(directory.practitioners.slice(0, 50));
  });
});
