/** Fixed facts of the Therapeutic Exclusion service (cookbook v1.2 §5.1.1, §5.6), shared by the app and the sandbox. */

/** The backend's client id in I.AM Connect: the access token's audience and its `resource_access` key. */
export const EXCLUSION_BACKEND = 'ehealth-exclusion-backend';

/** The role an end user needs for POST, GET and DELETE. */
export const REST_ACCESS_ROLE = 'rest-access';

/** The history answers at most this many entries, whatever pageSize asks for. */
export const HISTORY_MAX_ENTRIES = 1500;

/** The only mandate type that lets a mandatary manage exclusions. */
export const MEDICAL_DATA_MANAGEMENT = 'medicaldatamanagement';

export function mandateCoversExclusions(serviceNames: readonly string[]): boolean {
  return serviceNames.includes(MEDICAL_DATA_MANAGEMENT);
}
