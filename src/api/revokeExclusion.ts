/** DELETE /therapeuticExclusions?patientSsin=&hcPartySsin|hcPartyNihii=. 204 = revoked, 404 = already gone. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './http';
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
      const { status } = await apiRequest({
        method: 'DELETE',
        path: '/therapeuticExclusions',
        patientSsin,
        patientIn: 'query',
        query: partyQuery(party),
        answers: [404],
      });
      const outcome: RevokeOutcome = status === 404 ? 'already-revoked' : 'revoked';
      // Done means the list no longer shows it.
      await queryClient.invalidateQueries({ queryKey: exclusionKeys.all(patientSsin) });
      await queryClient.invalidateQueries({ queryKey: historyKeys.all(patientSsin) });
      return outcome;
    },
    retry: false,
  });
}
