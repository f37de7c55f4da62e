import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSsin, normaliseSsin, validateSsin, withSsinCheckDigits } from './ssin';

const NOW = new Date('2026-11-23T00:00:00Z');

describe('validateSsin', () => {
  it.each([
    ['85073003328', '85073003328'],
    ['00012556777', '00012556777'],
    ['85.07.30-033.28', '85073003328'],
    [' 85 07 30 033 28 ', '85073003328'],
    ['18113056784', '18113056784'],
    ['15061023446', '15061023446'],
  ])('accepts %s', (input, value) => {
    expect(validateSsin(input, NOW)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'ssin.required'],
    ['8507300332', 'ssin.length'],
    ['850730033281', 'ssin.length'],
    ['85O73003328', 'ssin.notDigits'],
    ['abc', 'ssin.notDigits'],
    ['85073003329', 'ssin.checkDigits'],
    ['85133003328', 'ssin.date'],
    ['85073203328', 'ssin.date'],
  ])('rejects %s with %s', (input, problem) => {
    expect(validateSsin(input, NOW)).toEqual({ ok: false, problem });
  });

  it('accepts BIS numbers (month + 20 or + 40) and unknown month/day 00', () => {
    expect(validateSsin(withSsinCheckDigits('852730033'), NOW).ok).toBe(true);
    expect(validateSsin(withSsinCheckDigits('854730033'), NOW).ok).toBe(true);
    expect(validateSsin(withSsinCheckDigits('850000033'), NOW).ok).toBe(true);
  });

  it('does not apply the 2000+ rule to a year that has not come yet', () => {
    const future = withSsinCheckDigits('400101001', true); // 2040
    expect(validateSsin(future, NOW)).toEqual({ ok: false, problem: 'ssin.checkDigits' });
    expect(validateSsin(future, new Date('2041-01-01')).ok).toBe(true);
  });
});

const daysIn = (year: number, month: number) => (month === 0 ? 31 : new Date(Date.UTC(year, month, 0)).getUTCDate());

/** The first nine digits of a real birth date (day 00 and month 00 included) in the given century. */
const firstNineIn = (century: 1900 | 2000) =>
  fc
    .record({
      yy: fc.integer({ min: 0, max: century === 2000 ? NOW.getFullYear() - 2000 : 99 }),
      mm: fc.integer({ min: 0, max: 12 }),
      dd: fc.integer({ min: 0, max: 31 }),
      counter: fc.integer({ min: 1, max: 998 }),
    })
    .map(
      ({ yy, mm, dd, counter }) =>
        [yy, mm, Math.min(dd, daysIn(century + yy, mm))].map((n) => String(n).padStart(2, '0')).join('') + String(counter).padStart(3, '0'),
    );
const firstNine = firstNineIn(1900);

describe('SSIN properties', () => {
  it('every generated valid SSIN passes, in raw and printed form', () => {
    const bothCenturies = fc.oneof(
      firstNineIn(1900).map((nine) => [nine, false] as const),
      firstNineIn(2000).map((nine) => [nine, true] as const),
    );
    fc.assert(
      fc.property(bothCenturies, ([nine, bornFrom2000]) => {
        const ssin = withSsinCheckDigits(nine, bornFrom2000);
        expect(validateSsin(ssin, NOW)).toEqual({ ok: true, value: ssin });
        expect(validateSsin(formatSsin(ssin), NOW)).toEqual({ ok: true, value: ssin });
      }),
    );
  });

  it('every single-digit change of a valid SSIN fails', () => {
    fc.assert(
      fc.property(firstNine, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (nine, position, delta) => {
        const ssin = withSsinCheckDigits(nine);
        const digit = (Number(ssin[position]) + delta) % 10;
        const changed = ssin.slice(0, position) + String(digit) + ssin.slice(position + 1);
        // A changed number may also stop being a date; either way it must not validate.
        expect(validateSsin(changed, new Date('1999-12-31')).ok).toBe(false);
      }),
    );
  });
});

describe('formatting', () => {
  it('prints the eID form and normalises it back', () => {
    expect(formatSsin('85073003328')).toBe('85.07.30-033.28');
    expect(normaliseSsin('85.07.30-033.28')).toBe('85073003328');
  });
});

describe("validateSsin: the birth date, by the national register's rules (python-stdnum be/nn.py, be/bis.py)", () => {
  it.each([
    ['850229', false, 'no 29 February in 1985, a common year (nn.py: day out of range for month)'],
    ['840229', true, '29 February 1984, a leap year'],
    ['000229', true, '29 February 2000 (2000+ check digits): a leap year'],
    ['850231', false, 'no 31 February in any year'],
    ['850431', false, 'no 31 April'],
    ['850700', true, 'day 00: the day was unknown (nn.py: "only the day of the birth date is unknown")'],
    ['850031', true, 'month 00: unknown, or the day counter ran out; the day is not checked (nn.py)'],
    ['850000', true, 'month and day 00'],
    ['852229', false, 'BIS, month 22 = February: no 29 February 1985'],
    ['854731', true, 'BIS, month 47 = July, sex known (bis.py: 40..52)'],
    ['852000', true, 'BIS, month 20: month unknown'],
    ['853315', false, 'BIS months stop at 32 (bis.py: 20..32 or 40..52)'],
  ])('%s (%s): %s', (date, valid, _rule) => {
    const bornFrom2000 = date.startsWith('00');
    const ssin = withSsinCheckDigits(`${date}033`, bornFrom2000);
    expect(validateSsin(ssin, NOW).ok).toBe(valid);
  });

  it('takes the fictitious date 000001 (birth date unknown) as valid, in both centuries (nn.py)', () => {
    expect(validateSsin(withSsinCheckDigits('000001123'), NOW).ok).toBe(true);
    expect(validateSsin(withSsinCheckDigits('000001123', true), NOW).ok).toBe(true);
  });

  it('refuses all zeroes (nn.py: the number must be above 0)', () => {
    expect(validateSsin('00000000000', NOW)).toEqual({ ok: false, problem: 'ssin.checkDigits' });
    expect(validateSsin('00.00.00-000.00', NOW).ok).toBe(false);
  });
});
