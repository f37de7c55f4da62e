import { describe, expect, it } from 'vitest';
import { serviceErrorKey, SERVICE_ERRORS } from './serviceErrors';

describe('serviceErrorKey', () => {
  it.each([
    [SERVICE_ERRORS.BIZ001, 'service.BIZ001'],
    [SERVICE_ERRORS.BIZ002, 'service.BIZ002'],
    [SERVICE_ERRORS.BIZ003, 'service.BIZ003'],
    [SERVICE_ERRORS.VAL001, 'service.VAL001'],
    [SERVICE_ERRORS.VAL002, 'service.VAL002'],
    [SERVICE_ERRORS.VAL005, 'service.VAL005'],
    [SERVICE_ERRORS.VAL006_BOTH, 'service.VAL006.both'],
    [SERVICE_ERRORS.VAL006_INVALID, 'service.VAL006.invalid'],
    [SERVICE_ERRORS.VAL008, 'service.VAL008'],
    [{ code: 'XYZ999', message: 'new' }, 'service.unknown'],
  ])('%o → %o', (body, expected) => {
    expect(serviceErrorKey(body)).toBe(expected);
  });
});
