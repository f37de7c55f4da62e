import { describe, expect, it } from 'vitest';
import { declareSchema, fieldOfServiceCode } from './declareSchema';

const messages = (values: object) => {
  const result = declareSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('declare schema', () => {
  it('checks the fields of the kind chosen, with catalogue keys as messages', () => {
    expect(messages({ kind: 'practitioner', profession: '', ssin: '85.07.30-033.29', nihii: 'ignored' })).toEqual([
      'profession: declare.profession.required',
      'ssin: ssin.checkDigits',
    ]);
    expect(messages({ kind: 'practitioner', profession: 'persnurse', ssin: '85.07.30-033.28', nihii: '' })).toEqual([]);
    expect(messages({ kind: 'pharmacy', profession: '', ssin: 'ignored', nihii: '7107180' })).toEqual(['nihii: nihii.orgLength']);
  });

  it('places a server code at the field the form shows for that kind', () => {
    expect(['VAL002', 'VAL005', 'VAL006', 'VAL008', 'BIZ003'].map((code) => fieldOfServiceCode(code, 'practitioner'))).toEqual([
      'ssin',
      'ssin',
      'ssin',
      'profession',
      undefined,
    ]);
    expect(['VAL002', 'VAL005', 'VAL006', 'VAL008', 'BIZ003'].map((code) => fieldOfServiceCode(code, 'pharmacy'))).toEqual([
      undefined,
      'nihii',
      'nihii',
      undefined,
      undefined,
    ]);
  });
});
