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

/** The century the check digits point to: the pre-2000 rule, or the 2000+ rule (a 2 before the nine digits). */
function centuryOf(digits: string, now: Date): 1900 | 2000 | undefined {
  if (!/^\d{11}$/.test(digits)) return undefined;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  if (mod97Check(base) === check) return 1900;
  // The 2000+ rule only applies where the person can already be born: 20YY not after this year.
  const yy = Number(digits.slice(0, 2));
  const canBe20yy = 2000 + yy <= now.getFullYear();
  return canBe20yy && mod97Check(2_000_000_000 + base) === check ? 2000 : undefined;
}

/** True when the check digits match the pre-2000 or the 2000+ rule. */
export function hasValidSsinCheckDigits(digits: string, now: Date = new Date()): boolean {
  return centuryOf(digits, now) !== undefined;
}

/** The month as written: 1–12, or BIS numbers' 21–32 and 41–52; 00, 20 and 40 for an unknown month. */
function birthMonth(digits: string): number | undefined {
  const month = Number(digits.slice(2, 4));
  const base = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  return base <= 12 ? base : undefined;
}

/**
 * The birth date part, by the national register's rules as python-stdnum encodes them
 * (stdnum/be/nn.py, stdnum/be/bis.py): the fictitious date 000001 (birth date unknown) is valid;
 * month 00 (unknown, or a day's counter exhausted) is valid whatever the day; day 00 (unknown) is
 * valid; otherwise the day must exist in that month of that year (no 31 February, no 29 February in
 * a common year). The year's century comes from the check digits.
 */
function hasValidBirthDate(digits: string, century: 1900 | 2000): boolean {
  if (digits.startsWith('000001')) return true;
  const month = birthMonth(digits);
  const day = Number(digits.slice(4, 6));
  if (month === undefined) return false;
  if (month === 0 || day === 0) return true;
  const year = century + Number(digits.slice(0, 2));
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function validateSsin(input: string, now: Date = new Date()): SsinResult {
  const value = normaliseSsin(input);
  if (value === '') return { ok: false, problem: 'ssin.required' };
  if (!/^\d+$/.test(value)) return { ok: false, problem: 'ssin.notDigits' };
  if (value.length !== 11) return { ok: false, problem: 'ssin.length' };
  // Before the check digits: a month or day no calendar has is a typing slip worth naming as such.
  if (birthMonth(value) === undefined || Number(value.slice(4, 6)) > 31) return { ok: false, problem: 'ssin.date' };
  // All zeroes is no one's number (stdnum: the number must be above 0).
  const century = /^0+$/.test(value) ? undefined : centuryOf(value, now);
  if (!century) return { ok: false, problem: 'ssin.checkDigits' };
  if (!hasValidBirthDate(value, century)) return { ok: false, problem: 'ssin.date' };
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
