/**
 * The CD-HCPARTY codes the service accepts (cookbook §2.1). Their official labels (eHealth
 * CD-HCPARTY v2.1.2, ../shared/spec/kmehr-cd-hcparty-labels.csv) are in each language's message
 * catalogue as `profession.<code>` (src/i18n/messages): the first screen loads one language.
 *
 * Two cookbook spellings differ from the official KMEHR table. We send the official codes
 * (the cookbook says the code "refers to a value of KMEHR table") and read both spellings.
 */

export type PartyKind = 'practitioner' | 'pharmacy';

export interface Profession {
  code: string;
  kind: PartyKind;
  /** Practitioners are identified by SSIN, the pharmacy (an organisation) by NIHII. */
  identifiedBy: 'ssin' | 'nihii';
}

const practitioner = (code: string): Profession => ({ code, kind: 'practitioner', identifiedBy: 'ssin' });

export const PRACTITIONER_PROFESSIONS: readonly Profession[] = [
  practitioner('persphysician'),
  practitioner('persnurse'),
  practitioner('persdentist'),
  practitioner('persmidwife'),
  practitioner('persaudician'),
  practitioner('persaudiologist'),
  practitioner('persbiologist'),
  practitioner('persdietician'),
  practitioner('perslogopedist'),
  practitioner('persoccupationaltherapist'),
  practitioner('persorthoptist'),
  practitioner('persoptometrist'),
  practitioner('persphysiotherapist'),
  practitioner('perspodologist'),
  practitioner('perspracticalnurse'),
  practitioner('perstechnician'),
  practitioner('perstrussmaker'),
  practitioner('persclinicalorthopedagogist'),
  practitioner('persclinicalpsychologist'),
  practitioner('persoraldentalhygienist'),
  practitioner('persmobilityimprover'),
  practitioner('persbandagistorthosiologist'),
  practitioner('persprosthesiologist'),
  practitioner('persshoetechnologist'),
];

export const PHARMACY: Profession = {
  code: 'orgpharmacy',
  kind: 'pharmacy',
  identifiedBy: 'nihii',
};

/** persdentalhygienist is a separate official code the service may return; it is read, never offered. */
const READ_ONLY: readonly Profession[] = [practitioner('persdentalhygienist')];

/** Cookbook v1.2 spellings → official KMEHR codes. */
export const COOKBOOK_CODE_ALIASES: Readonly<Record<string, string>> = {
  persordentalhygienist: 'persoraldentalhygienist',
  persclinicalorthopedagogue: 'persclinicalorthopedagogist',
};

export const ALL_PROFESSIONS: readonly Profession[] = [...PRACTITIONER_PROFESSIONS, PHARMACY];

const byCode = new Map([...ALL_PROFESSIONS, ...READ_ONLY].map((p) => [p.code, p]));

export function canonicalProfessionCode(code: string): string {
  return COOKBOOK_CODE_ALIASES[code] ?? code;
}

/** The profession for a code as the service writes it (either spelling), or undefined. */
export function findProfession(code: string): Profession | undefined {
  return byCode.get(canonicalProfessionCode(code));
}

/** The catalogue key of a code's label (either spelling), or undefined for a code the table does not know. */
export function professionLabelKey(code: string): `profession.${string}` | undefined {
  const profession = findProfession(code);
  return profession && `profession.${profession.code}`;
}
