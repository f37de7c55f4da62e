import { describe, expect, it } from 'vitest';
import { describeServiceError, SERVICE_ERRORS } from './serviceErrors';

describe('describeServiceError', () => {
  it.each([
    [SERVICE_ERRORS.BIZ001, { key: 'service.BIZ001' }],
    [SERVICE_ERRORS.BIZ002, { key: 'service.BIZ002' }],
    [SERVICE_ERRORS.BIZ003, { key: 'service.BIZ003' }],
    [SERVICE_ERRORS.VAL001, { key: 'service.VAL001' }],
    [SERVICE_ERRORS.VAL002, { key: 'service.VAL002', field: 'ssin' }],
    [SERVICE_ERRORS.VAL005, { key: 'service.VAL005', field: 'identifier' }],
    [SERVICE_ERRORS.VAL006_BOTH, { key: 'service.VAL006.both', field: 'identifier' }],
    [SERVICE_ERRORS.VAL006_INVALID, { key: 'service.VAL006.invalid', field: 'identifier' }],
    [SERVICE_ERRORS.VAL008, { key: 'service.VAL008', field: 'profession' }],
    [{ code: 'XYZ999', message: 'new' }, { key: 'service.unknown' }],
  ])('%o → %o', (body, expected) => {
    expect(describeServiceError(body)).toEqual(expected);
  });
});
