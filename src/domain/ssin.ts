/**
 * Belgian SSIN (INSZ / NISS, also BIS numbers): YYMMDD + 3-digit counter + 2 check digits.
 * Pure: no React, no I/O, shared with the sandbox.
 */

export type SsinProblem = 'ssin.required' | 'ssin.notDigits' | 'ssin.length' | 'ssin.date' | 'ssin.checkDigits';

export type SsinResult = { ok: true; value: string } | { ok: false; problem: SsinProblem };

/** Accepts the eID's printed form (85.07.30-033.28) as well as spaces and dashes. */
export function normaliseSsin(input: string): string {
  return input.replace(/[\s.\-/]/g, '');
}

function mod97Check(base: number): number {
  return 97 - (base % 97);
}

/** True when the check digits match the pre-2000 or the 2000+ rule. */
export function hasValidSsinCheckDigits(digits: string, now: Date = new Date()): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  if (mod97Check(base) === check) return true;
  // The 2000+ rule only applies where the person can already be born: 20YY not after this year.
  const yy = Number(digits.slice(0, 2));
  const canBe20yy = 2000 + yy <= now.getFullYear();
  return canBe20yy && mod97Check(2_000_000_000 + base) === check;
}

function hasPlausibleDate(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  // 00 is allowed for unknown month/day; BIS numbers add 20 or 40 to the month.
  const baseMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  return baseMonth <= 12 && day <= 31;
}

export function validateSsin(input: string, now: Date = new Date()): SsinResult {
  const value = normaliseSsin(input);
  if (value === '') return { ok: false, problem: 'ssin.required' };
  if (!/^\d+$/.test(value)) return { ok: false, problem: 'ssin.notDigits' };
  if (value.length !== 11) return { ok: false, problem: 'ssin.length' };
  if (!hasPlausibleDate(value)) return { ok: false, problem: 'ssin.date' };
  if (!hasValidSsinCheckDigits(value, now)) return { ok: false, problem: 'ssin.checkDigits' };
  return { ok: true, value };
}

export function isValidSsin(input: string, now?: Date): boolean {
  return validateSsin(input, now).ok;
}

/** The eID's printed form: YY.MM.DD-CCC.KK. */
export function formatSsin(digits: string): string {
  if (!/^\d{11}$/.test(digits)) return digits;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}

/** Builds a valid SSIN from its first nine digits (used by test generators and the sandbox seed). */
export function withSsinCheckDigits(firstNine: string, bornFrom2000 = false): string {
  const base = Number(firstNine) + (bornFrom2000 ? 2_000_000_000 : 0);
  return firstNine + String(mod97Check(base)).padStart(2, '0');
}
