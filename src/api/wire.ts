/**
 * zod schemas of the cookbook's wire format (§5.3-5.6, §8.1.3) that more than one endpoint reads.
 * Unknown fields are tolerated. The history's entry and the declaration's body are in their
 * endpoints' files (history.ts, declareExclusion.ts): only lazy pages use them.
 */
import * as z from 'zod/mini';
import type { PartyRef } from '../domain/party';

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

export const serviceErrorsSchema = z.array(z.object({ code: z.string(), message: z.string() }));

/** hcPartySsin / hcPartyNihii query parameters for one party. */
export function partyQuery(party: PartyRef | undefined): Record<string, string> {
  if (!party) return {};
  return party.type === 'ssin' ? { hcPartySsin: party.value } : { hcPartyNihii: party.value };
}
