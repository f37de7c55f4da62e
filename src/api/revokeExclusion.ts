/** DELETE /therapeuticExclusions?patientSsin=&hcPartySsin|hcPartyNihii=. 204 = revoked, 404 = already gone. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from './http';
import { exclusionKeys, historyKeys } from './queryKeys';
import type { PartyRef } from '../domain/party';
import { partyQuery } from './wire';

export interface RevokeInput {
  patientSsin: string;
  party: PartyRef;
}

export type RevokeOutcome = 'revoked' | 'already-revoked';

export function useRevokeExclusion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ patientSsin, party }: RevokeInput): Promise<RevokeOutcome> => {
      let outcome: RevokeOutcome = 'revoked';
      try {
        await apiRequest({ method: 'DELETE', path: '/therapeuticExclusions', patientSsin, query: { patientSsin, ...partyQuery(party) } });
      } catch (error) {
        if (!(error instanceof ApiError && error.kind === 'http' && error.status === 404)) throw error;
        outcome = 'already-revoked';
      }
      // Done means the list no longer shows it.
      await queryClient.invalidateQueries({ queryKey: exclusionKeys.all(patientSsin) });
      await queryClient.invalidateQueries({ queryKey: historyKeys.all(patientSsin) });
      return outcome;
    },
    retry: false,
  });
}
