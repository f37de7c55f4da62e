/** zod schemas of the cookbook's wire format (§5.3-5.6, §8.1.3). Unknown fields are tolerated. */
import * as z from 'zod/mini';
import type { PartyRef } from '../domain/party';
import { oneOf } from './schemaKinds';

export const identifierSchema = z.object({ type: z.string(), value: z.string() });

export const hcPartySchema = z.object({
  identifier: z.array(identifierSchema).check(z.refine((identifiers) => identifiers.length > 0, 'names no identifier')),
  name: z.nullish(z.string()),
  firstName: z.nullish(z.string()),
  qualificationCode: z.string(),
});

export type HcPartyWire = z.infer<typeof hcPartySchema>;

export const exclusionSchema = z.object({
  patient: z.object({ identifier: z.array(identifierSchema) }),
  hcParty: hcPartySchema,
});

export const historyEntrySchema = z.object({
  author: z.array(hcPartySchema),
  target: hcPartySchema,
  timestamp: z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date')),
  operation: oneOf(['DECLARE_EXCLUSION', 'REVOKE_EXCLUSION']),
});

export type HistoryEntryWire = z.infer<typeof historyEntrySchema>;

export const serviceErrorsSchema = z.array(z.object({ code: z.string(), message: z.string() }));

/** The POST body, exactly the cookbook's example shape: never firstname/name. */
export function declareBody(patientSsin: string, party: PartyRef, qualificationCode: string) {
  return {
    patient: { identifier: [{ type: 'ssin', value: patientSsin }] },
    hcParty: { identifier: [{ type: party.type, value: party.value }], qualificationCode },
  };
}

/** hcPartySsin / hcPartyNihii query parameters for one party. */
export function partyQuery(party: PartyRef | undefined): Record<string, string> {
  if (!party) return {};
  return party.type === 'ssin' ? { hcPartySsin: party.value } : { hcPartyNihii: party.value };
}
