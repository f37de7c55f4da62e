/** Query keys: the active patient is always the second element, so one profile never reads another's cache. */
import { partyKey, type PartyRef } from '../domain/party';

export const exclusionKeys = {
  all: (patientSsin: string) => ['exclusions', patientSsin] as const,
  list: (patientSsin: string, party?: PartyRef) => ['exclusions', patientSsin, party ? partyKey(party) : 'all'] as const,
};

export const historyKeys = {
  all: (patientSsin: string) => ['history', patientSsin] as const,
  list: (patientSsin: string, pageSize: number) => ['history', patientSsin, pageSize] as const,
};
