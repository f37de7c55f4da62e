/**
 * What a link to the declare form fills in: the provider a patient already has on screen (a
 * look-up that found no exclusion, a revoked exclusion in the history). Carried in the router's
 * state, never in the URL: care providers' numbers are personal data.
 */
export interface DeclarePrefill {
  kind: 'practitioner' | 'pharmacy';
  /** An SSIN for a practitioner, a NIHII number for a pharmacy: 11 or 8 digits. */
  number: string;
  /** A practitioner's KMEHR profession, when known. */
  profession?: string;
}

export const DECLARE_PATH = '/exclusions/new';

export function declareLinkState(prefill: DeclarePrefill): { prefill: DeclarePrefill } {
  return { prefill };
}

/** The prefill in a location's state, if it holds a well-formed one. */
export function readDeclarePrefill(state: unknown): DeclarePrefill | undefined {
  const prefill = (state as { prefill?: Partial<DeclarePrefill> } | null)?.prefill;
  if (!prefill || typeof prefill.number !== 'string' || !/^\d{8}(\d{3})?$/.test(prefill.number)) return undefined;
  if (prefill.kind !== 'practitioner' && prefill.kind !== 'pharmacy') return undefined;
  return { kind: prefill.kind, number: prefill.number, profession: typeof prefill.profession === 'string' ? prefill.profession : undefined };
}
