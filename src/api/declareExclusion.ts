/**
 * POST /therapeuticExclusions. 201 = declared; 409 = already excluded. Success is reported only
 * once the list has been read again, and the name comes from that list (the server enriches it).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { exclusionsQuery } from './exclusions';
import { ApiError, apiRequest } from './http';
import { exclusionKeys, historyKeys } from './queryKeys';
import { partyRefOf, sameParty, type PartyRef } from '../domain/party';
import type { HcPartyWire } from './wire';

/** The POST body, exactly the cookbook's example shape: never firstname/name. */
function declareBody(patientSsin: string, party: PartyRef, qualificationCode: string) {
  return {
    patient: { identifier: [{ type: 'ssin', value: patientSsin }] },
    hcParty: { identifier: [{ type: party.type, value: party.value }], qualificationCode },
  };
}

export interface DeclareInput {
  patientSsin: string;
  party: PartyRef;
  qualificationCode: string;
}

export type DeclareOutcome =
  /** `afterLostAnswer`: a 409 right after an attempt whose answer was lost: our attempt went through. */
  { kind: 'declared'; party: HcPartyWire | undefined; afterLostAnswer: boolean } | { kind: 'already-excluded'; party: HcPartyWire | undefined };

export function useDeclareExclusion() {
  const queryClient = useQueryClient();
  const lastAttemptLost = useRef<string | undefined>(undefined);

  return useMutation({
    mutationFn: async (input: DeclareInput): Promise<DeclareOutcome> => {
      const attempt = JSON.stringify(input);
      let conflict: boolean;
      try {
        const body = (patientSsin: string) => declareBody(patientSsin, input.party, input.qualificationCode);
        const { status } = await apiRequest({ method: 'POST', path: '/therapeuticExclusions', patientSsin: input.patientSsin, body, answers: [409] });
        conflict = status === 409;
      } catch (error) {
        if (error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout')) lastAttemptLost.current = attempt;
        throw error;
      }
      const afterLostAnswer = lastAttemptLost.current === attempt;
      lastAttemptLost.current = undefined;
      await queryClient.invalidateQueries({ queryKey: exclusionKeys.all(input.patientSsin) });
      await queryClient.invalidateQueries({ queryKey: historyKeys.all(input.patientSsin) });
      const list = await queryClient.fetchQuery(exclusionsQuery(input.patientSsin));
      const party = list.find((e) => sameParty(partyRefOf(e.hcParty), input.party))?.hcParty;
      if (conflict && !afterLostAnswer) return { kind: 'already-excluded', party };
      return { kind: 'declared', party, afterLostAnswer };
    },
    retry: false,
  });
}
