/**
 * The cookbook's §8.1.3 error codes mapped to message keys and to the form field they concern.
 * VAL006 carries two meanings, told apart by its message.
 */

export interface ServiceErrorBody {
  code: string;
  message: string;
}

export type ServiceErrorKey =
  | 'service.BIZ001'
  | 'service.BIZ002'
  | 'service.BIZ003'
  | 'service.VAL001'
  | 'service.VAL002'
  | 'service.VAL005'
  | 'service.VAL006.both'
  | 'service.VAL006.invalid'
  | 'service.VAL008'
  | 'service.unknown';

/** The declare form's fields that a server error can point at. */
export type ServiceErrorField = 'ssin' | 'nihii' | 'profession';

export interface DescribedServiceError {
  key: ServiceErrorKey;
  /** 'identifier' means the SSIN or NIHII field, whichever the form shows. */
  field?: 'ssin' | 'identifier' | 'profession';
}

export function describeServiceError(error: ServiceErrorBody): DescribedServiceError {
  switch (error.code) {
    case 'BIZ001':
      return { key: 'service.BIZ001' };
    case 'BIZ002':
      return { key: 'service.BIZ002' };
    case 'BIZ003':
      return { key: 'service.BIZ003' };
    case 'VAL001':
      return { key: 'service.VAL001' };
    case 'VAL002':
      return { key: 'service.VAL002', field: 'ssin' };
    case 'VAL005':
      return { key: 'service.VAL005', field: 'identifier' };
    case 'VAL006':
      return /both/i.test(error.message)
        ? { key: 'service.VAL006.both', field: 'identifier' }
        : { key: 'service.VAL006.invalid', field: 'identifier' };
    case 'VAL008':
      return { key: 'service.VAL008', field: 'profession' };
    default:
      return { key: 'service.unknown' };
  }
}

/** The exact messages of the cookbook, used by the sandbox so both sides speak the same words. */
export const SERVICE_ERRORS = {
  BIZ001: { code: 'BIZ001', message: 'Resource already exists' },
  BIZ002: { code: 'BIZ002', message: 'Resource not found' },
  BIZ003: { code: 'BIZ003', message: 'Patient id is different than patient id in token' },
  VAL001: { code: 'VAL001', message: 'Missing patientId' },
  VAL002: { code: 'VAL002', message: 'Invalid inss' },
  VAL005: { code: 'VAL005', message: 'Missing hcparty id' },
  VAL006_BOTH: { code: 'VAL006', message: 'Cannot specify both the inss and the nihii' },
  VAL006_INVALID: { code: 'VAL006', message: 'Invalid hcparty id' },
  VAL008: { code: 'VAL008', message: 'Invalid hcparty type (hcPartyQualificationCode)' },
} as const satisfies Record<string, ServiceErrorBody>;
