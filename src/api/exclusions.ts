/** GET /therapeuticExclusions/{patientSsin}[?hcPartySsin|hcPartyNihii]: 200 with a list, 404 = none. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { apiRequest } from './http';
import { exclusionKeys } from './queryKeys';
import type { PartyRef } from '../domain/party';
import { exclusionSchema, partyQuery } from './wire';

const listSchema = z.array(exclusionSchema);
export type Exclusion = z.infer<typeof exclusionSchema>;

export async function fetchExclusions(patientSsin: string, party: PartyRef | undefined, signal?: AbortSignal): Promise<Exclusion[]> {
  // The cookbook answers 404 when nothing matches: that is an empty list, not a failure.
  const { data } = await apiRequest({
    method: 'GET',
    path: '/therapeuticExclusions',
    patientSsin,
    patientIn: 'path',
    query: partyQuery(party),
    schema: listSchema,
    signal,
    answers: [404],
  });
  return data ?? [];
}

export const exclusionsQuery = (patientSsin: string, party?: PartyRef) =>
  queryOptions({
    queryKey: exclusionKeys.list(patientSsin, party),
    queryFn: ({ signal }) => fetchExclusions(patientSsin, party, signal),
  });

export function useExclusions(patientSsin: string, party?: PartyRef) {
  return useQuery(exclusionsQuery(patientSsin, party));
}
