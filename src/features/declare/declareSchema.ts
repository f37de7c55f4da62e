/**
 * One schema for the declare form: the resolver's checks (messages are catalogue keys), the request
 * it becomes, and which field a server code speaks about. zod/mini, like the wire schemas, so the
 * page's chunk adds no classic zod; @hookform/resolvers' zodResolver takes zod/mini schemas too
 * (its zod-v4-mini tests).
 */
import * as z from 'zod/mini';
import type { PartyRef } from '../../domain/party';
import type { DeclarePrefill } from '../../components/declarePrefill';
import { validateOrganisationNihii } from '../../domain/nihii';
import { findProfession, PHARMACY } from '../../domain/professions';
import { formatSsin, validateSsin } from '../../domain/ssin';

export const declareSchema = z
  .object({
    kind: z.enum(['practitioner', 'pharmacy']),
    profession: z.string(),
    ssin: z.string(),
    nihii: z.string(),
  })
  .check(
    z.superRefine((values, ctx) => {
      const fail = (field: DeclareField, message: string) => ctx.addIssue({ code: 'custom', path: [field], message, input: values[field] });
      if (values.kind === 'practitioner') {
        if (findProfession(values.profession)?.kind !== 'practitioner') fail('profession', 'declare.profession.required');
        const ssin = validateSsin(values.ssin);
        if (!ssin.ok) fail('ssin', ssin.problem);
      } else {
        const nihii = validateOrganisationNihii(values.nihii);
        if (!nihii.ok) fail('nihii', nihii.problem);
      }
    }),
  );

export type DeclareValues = z.infer<typeof declareSchema>;

/** The fields a message can stand at, in the order the form shows them. */
export const DECLARE_FIELDS = ['profession', 'ssin', 'nihii'] as const;
export type DeclareField = (typeof DECLARE_FIELDS)[number];

/**
 * The field a server code (cookbook §8.1.3) is about, for the kind of provider being declared:
 * the party's number is the SSIN field or the NIHII field, whichever the form shows.
 */
export function fieldOfServiceCode(code: string, kind: DeclareValues['kind']): DeclareField | undefined {
  const number = kind === 'pharmacy' ? 'nihii' : 'ssin';
  switch (code) {
    case 'VAL002':
      // "Invalid inss": only the practitioner form has an SSIN field.
      return kind === 'practitioner' ? 'ssin' : undefined;
    case 'VAL005':
    case 'VAL006':
      return number;
    case 'VAL008':
      return kind === 'practitioner' ? 'profession' : undefined;
    default:
      return undefined;
  }
}
export const emptyDeclareValues: DeclareValues = { kind: 'practitioner', profession: '', ssin: '', nihii: '' };

/** The form's values for a provider the user came from (a look-up, the history). */
export function valuesFromPrefill(prefill: DeclarePrefill): Partial<DeclareValues> {
  return prefill.kind === 'pharmacy'
    ? { kind: 'pharmacy', nihii: prefill.number }
    : { kind: 'practitioner', ssin: formatSsin(prefill.number), profession: prefill.profession ?? '' };
}

/** The party and code to send; only call on values that passed the schema. */
export function toRequest(values: DeclareValues): { party: PartyRef; qualificationCode: string } {
  if (values.kind === 'pharmacy') {
    const nihii = validateOrganisationNihii(values.nihii);
    return { party: { type: 'nihii', value: nihii.ok ? nihii.value : values.nihii }, qualificationCode: PHARMACY.code };
  }
  const ssin = validateSsin(values.ssin);
  return { party: { type: 'ssin', value: ssin.ok ? ssin.value : values.ssin }, qualificationCode: values.profession };
}

/**
 * A practitioner's number that is the patient's (the person whose exclusions these are) or the
 * user's own: a slip a patient easily makes, since both are on their own eID card.
 */
export function ownNumberProblem(ssinInput: string, patientSsin: string, userSsin: string): 'declare.ssin.patient' | 'declare.ssin.self' | undefined {
  const ssin = validateSsin(ssinInput);
  if (!ssin.ok) return undefined;
  if (ssin.value === userSsin) return 'declare.ssin.self';
  return ssin.value === patientSsin ? 'declare.ssin.patient' : undefined;
}
