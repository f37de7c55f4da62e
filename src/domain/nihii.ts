/**
 * NIHII (RIZIV / INAMI) numbers. Organisations (a pharmacy): 8 digits. Persons: 11 digits
 * (6-digit identifier, 2 check digits, 3-digit qualification).
 *
 * The classic check is 97 - (first 6 digits mod 97). INAMI also issues numbers under a
 * modulo-89 rule that is not published, so check digits are reported, never used to reject.
 */

export type NihiiProblem = 'nihii.required' | 'nihii.notDigits' | 'nihii.personGiven' | 'nihii.organisationGiven' | 'nihii.orgLength' | 'nihii.personLength';

export type NihiiResult = { ok: true; value: string; classicCheckDigits: boolean } | { ok: false; problem: NihiiProblem };

export function normaliseNihii(input: string): string {
  return input.replace(/[\s.\-/]/g, '');
}

export function hasClassicNihiiCheckDigits(digits: string): boolean {
  if (!/^\d{8}(\d{3})?$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 6)) % 97) === Number(digits.slice(6, 8));
}

function validate(input: string, expected: 8 | 11): NihiiResult {
  const value = normaliseNihii(input);
  if (value === '') return { ok: false, problem: 'nihii.required' };
  if (!/^\d+$/.test(value)) return { ok: false, problem: 'nihii.notDigits' };
  if (value.length !== expected) {
    if (expected === 8 && value.length === 11) return { ok: false, problem: 'nihii.personGiven' };
    if (expected === 11 && value.length === 8) return { ok: false, problem: 'nihii.organisationGiven' };
    return { ok: false, problem: expected === 8 ? 'nihii.orgLength' : 'nihii.personLength' };
  }
  return { ok: true, value, classicCheckDigits: hasClassicNihiiCheckDigits(value) };
}

/** A pharmacy's NIHII: exactly 8 digits. */
export function validateOrganisationNihii(input: string): NihiiResult {
  return validate(input, 8);
}

/** A practitioner's NIHII: exactly 11 digits. */
export function validatePersonNihii(input: string): NihiiResult {
  return validate(input, 11);
}

/** Builds a NIHII with classic check digits from its first six digits (seeds and tests). */
export function withNihiiCheckDigits(firstSix: string, qualification = ''): string {
  const check = 97 - (Number(firstSix) % 97);
  return firstSix + String(check).padStart(2, '0') + qualification;
}

/** Display form: 1-23456-78-901 for persons, 6-2045-158 style kept simple for organisations. */
export function formatNihii(digits: string): string {
  if (/^\d{11}$/.test(digits)) return `${digits[0]}-${digits.slice(1, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
  if (/^\d{8}$/.test(digits)) return `${digits[0]}-${digits.slice(1, 6)}-${digits.slice(6)}`;
  return digits;
}
