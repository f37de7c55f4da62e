/** One schema for the declare form: validation (messages are catalogue keys) and the request it becomes. */
import { z } from 'zod';
import type { PartyRef } from '../../api/wire';
import { validateOrganisationNihii } from '../../domain/nihii';
import { findProfession, PHARMACY } from '../../domain/professions';
import { validateSsin } from '../../domain/ssin';

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

/** The party and code to send; only call on values that passed the schema. */
export function toRequest(values: DeclareValues): { party: PartyRef; qualificationCode: string } {
  if (values.kind === 'pharmacy') {
    const nihii = validateOrganisationNihii(values.nihii);
    return { party: { type: 'nihii', value: nihii.ok ? nihii.value : values.nihii }, qualificationCode: PHARMACY.code };
  }
  const ssin = validateSsin(values.ssin);
  return { party: { type: 'ssin', value: ssin.ok ? ssin.value : values.ssin }, qualificationCode: values.profession };
}
