/** One schema for the declare form: validation (messages are catalogue keys) and the request it becomes. */
import { z } from 'zod';
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
  .superRefine((values, ctx) => {
    if (values.kind === 'practitioner') {
      if (findProfession(values.profession)?.kind !== 'practitioner') ctx.addIssue({ code: 'custom', path: ['profession'], message: 'declare.profession.required' });
      const ssin = validateSsin(values.ssin);
      if (!ssin.ok) ctx.addIssue({ code: 'custom', path: ['ssin'], message: ssin.problem });
    } else {
      const nihii = validateOrganisationNihii(values.nihii);
      if (!nihii.ok) ctx.addIssue({ code: 'custom', path: ['nihii'], message: nihii.problem });
    }
  });

export type DeclareValues = z.infer<typeof declareSchema>;

export const emptyDeclareValues: DeclareValues = { kind: 'practitioner', profession: '', ssin: '', nihii: '' };

/** The form's values for a provider the user came from (a look-up, the history). */
export function valuesFromPrefill(prefill: DeclarePrefill): Partial<DeclareValues> {
  return prefill.kind === 'pharmacy' ? { kind: 'pharmacy', nihii: prefill.number } : { kind: 'practitioner', ssin: formatSsin(prefill.number), profession: prefill.profession ?? '' };
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
