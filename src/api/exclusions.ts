/** GET /therapeuticExclusions/{patientSsin}[?hcPartySsin|hcPartyNihii]: 200 with a list, 404 = none. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ApiError, apiRequest } from './http';
import { exclusionKeys } from './queryKeys';
import type { PartyRef } from '../domain/party';
import { exclusionSchema, partyQuery } from './wire';

const listSchema = z.array(exclusionSchema);
export type Exclusion = z.infer<typeof exclusionSchema>;

export async function fetchExclusions(patientSsin: string, party: PartyRef | undefined, signal?: AbortSignal): Promise<Exclusion[]> {
  try {
    const { data } = await apiRequest({
      method: 'GET',
      path: `/therapeuticExclusions/${encodeURIComponent(patientSsin)}`,
      patientSsin,
      query: partyQuery(party),
      schema: listSchema,
      signal,
    });
    return data ?? [];
  } catch (error) {
    // The cookbook answers 404 when nothing matches: that is an empty list, not a failure.
    if (error instanceof ApiError && error.kind === 'http' && error.status === 404) return [];
    throw error;
  }
}

export const exclusionsQuery = (patientSsin: string, party?: PartyRef) =>
  queryOptions({
    queryKey: exclusionKeys.list(patientSsin, party),
    queryFn: ({ signal }) => fetchExclusions(patientSsin, party, signal),
  });

export function useExclusions(patientSsin: string, party?: PartyRef) {
  return useQuery(exclusionsQuery(patientSsin, party));
}
