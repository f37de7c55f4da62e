/**
 * The cookbook's §8.1.3 error codes mapped to message keys (the declare form says which field
 * each concerns: features/declare/declareSchema.ts). VAL006 carries two meanings, told apart by its message.
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

const KNOWN_CODES = new Set(['BIZ001', 'BIZ002', 'BIZ003', 'VAL001', 'VAL002', 'VAL005', 'VAL008']);

/** The message that explains a service error to the user; VAL006's two meanings differ by message. */
export function serviceErrorKey(error: ServiceErrorBody): ServiceErrorKey {
  if (error.code === 'VAL006') return /both/i.test(error.message) ? 'service.VAL006.both' : 'service.VAL006.invalid';
  return KNOWN_CODES.has(error.code) ? (`service.${error.code}` as ServiceErrorKey) : 'service.unknown';
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
