import { describe, expect, it } from 'vitest';
import { describeParty, formatPartyIdentifier, fullName, partyKey, partyRefOf, sameParty } from './party';

describe('party', () => {
  const practitioner = {
    identifier: [
      { type: 'nihii', value: '12345678901' },
      { type: 'ssin', value: '85073003328' },
    ],
    firstName: 'Jan',
    name: 'Maes',
    qualificationCode: 'persphysician',
  };
  const pharmacy = { identifier: [{ type: 'nihii', value: '71071801' }], name: 'Apotheek Centrum', firstName: null, qualificationCode: 'orgpharmacy' };

  it('names a practitioner by SSIN even when a NIHII comes first, a pharmacy by NIHII', () => {
    expect(partyRefOf(practitioner)).toEqual({ type: 'ssin', value: '85073003328' });
    expect(partyRefOf(pharmacy)).toEqual({ type: 'nihii', value: '71071801' });
    expect(partyRefOf({ identifier: [{ type: 'cbe', value: '1' }] })).toBeUndefined();
  });

  it('keys, compares and prints the reference', () => {
    expect(partyKey(partyRefOf(practitioner))).toBe('ssin:85073003328');
    expect(partyKey(undefined)).toBe('');
    expect(sameParty({ type: 'ssin', value: '1' }, { type: 'ssin', value: '1' })).toBe(true);
    expect(sameParty({ type: 'ssin', value: '1' }, { type: 'nihii', value: '1' })).toBe(false);
    expect(sameParty(undefined, undefined)).toBe(false);
    expect(formatPartyIdentifier({ type: 'ssin', value: '85073003328' })).toBe('85.07.30-033.28');
    expect(formatPartyIdentifier({ type: 'nihii', value: '71071801' })).toBe('7-10718-01');
  });

  it('reads as people read it, with the words it is given', () => {
    expect(fullName(null, 'Maes')).toBe('Maes');
    expect(fullName(undefined, '')).toBeUndefined();
    const professions = (code: string) => ({ persphysician: 'Arts' })[code] ?? code;
    expect(describeParty(practitioner, professions, '?')).toEqual({ name: 'Jan Maes', profession: 'Arts', identifier: '85.07.30-033.28' });
    expect(describeParty({ ...pharmacy, name: null }, professions, 'Nom inconnu')).toEqual({
      name: 'Nom inconnu',
      profession: 'orgpharmacy',
      identifier: '7-10718-01',
    });
  });
});
