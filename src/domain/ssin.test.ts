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

const firstNine = fc
  .record({
    yy: fc.integer({ min: 0, max: 99 }),
    mm: fc.integer({ min: 0, max: 12 }),
    dd: fc.integer({ min: 0, max: 31 }),
    counter: fc.integer({ min: 1, max: 998 }),
  })
  .map(({ yy, mm, dd, counter }) => [yy, mm, dd].map((n) => String(n).padStart(2, '0')).join('') + String(counter).padStart(3, '0'));

describe('SSIN properties', () => {
  it('every generated valid SSIN passes, in raw and printed form', () => {
    fc.assert(
      fc.property(firstNine, fc.boolean(), (nine, from2000) => {
        const bornFrom2000 = from2000 && 2000 + Number(nine.slice(0, 2)) <= NOW.getFullYear();
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
