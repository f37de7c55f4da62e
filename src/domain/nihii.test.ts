import { describe, expect, it } from 'vitest';
import { hasClassicNihiiCheckDigits, validateOrganisationNihii, validatePersonNihii, withNihiiCheckDigits } from './nihii';

describe('organisation NIHII', () => {
  it('accepts 8 digits and reports the classic check digits', () => {
    expect(validateOrganisationNihii('71071801')).toEqual({ ok: true, value: '71071801', classicCheckDigits: true });
    expect(validateOrganisationNihii('6-20451-58')).toEqual({ ok: true, value: '62045158', classicCheckDigits: true });
  });

  it('does not reject a number on its check digits alone (modulo-89 numbers exist)', () => {
    expect(validateOrganisationNihii('71071899')).toEqual({ ok: true, value: '71071899', classicCheckDigits: false });
  });

  it.each([
    ['', 'nihii.required'],
    ['7107180A', 'nihii.notDigits'],
    ['7107180', 'nihii.orgLength'],
    ['710718011', 'nihii.orgLength'],
    ['10000197001', 'nihii.personGiven'],
  ])('rejects %s with %s', (input, problem) => {
    expect(validateOrganisationNihii(input)).toEqual({ ok: false, problem });
  });
});

describe('person NIHII', () => {
  it('accepts 11 digits', () => {
    const nihii = withNihiiCheckDigits('100001', '004');
    expect(validatePersonNihii(nihii)).toEqual({ ok: true, value: nihii, classicCheckDigits: true });
  });

  it('gives its own message when an organisation NIHII is given where a person is expected', () => {
    expect(validatePersonNihii('71071801')).toEqual({ ok: false, problem: 'nihii.organisationGiven' });
  });

  it('computes the classic rule as in the spec example', () => {
    expect(hasClassicNihiiCheckDigits('71071801')).toBe(true);
    expect(hasClassicNihiiCheckDigits('71071802')).toBe(false);
  });
});
