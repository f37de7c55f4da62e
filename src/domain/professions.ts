/**
 * The CD-HCPARTY codes the service accepts (cookbook §2.1) with their official labels
 * (eHealth CD-HCPARTY v2.1.2, ../shared/spec/kmehr-cd-hcparty-labels.csv).
 *
 * Two cookbook spellings differ from the official KMEHR table. We send the official codes
 * (the cookbook says the code "refers to a value of KMEHR table") and read both spellings.
 */

import type { Language } from './languages';

export type { Language };

export type PartyKind = 'practitioner' | 'pharmacy';

export interface Profession {
  code: string;
  kind: PartyKind;
  /** Practitioners are identified by SSIN, the pharmacy (an organisation) by NIHII. */
  identifiedBy: 'ssin' | 'nihii';
  labels: Record<Language, string>;
}

const practitioner = (code: string, labels: Record<Language, string>): Profession => ({ code, kind: 'practitioner', identifiedBy: 'ssin', labels });

// One profession per line: a table to read across, wider than the formatter's width.
// prettier-ignore
export const PRACTITIONER_PROFESSIONS: readonly Profession[] = [
  practitioner('persphysician', { en: 'Physician', nl: 'Arts', fr: 'Médecin', de: 'Arzt' }),
  practitioner('persnurse', { en: 'Nurse', nl: 'Verpleegkundige', fr: 'Infirmier', de: 'Krankenpfleger/in' }),
  practitioner('persdentist', { en: 'Dentist', nl: 'Tandarts', fr: 'Dentiste', de: 'Zahnarzt' }),
  practitioner('persmidwife', { en: 'Midwife', nl: 'Vroedvrouw', fr: 'Sage-femme', de: 'Hebamme' }),
  practitioner('persaudician', { en: 'Audician', nl: 'Audicien', fr: 'Audicien', de: 'Hörgeräteakustiker' }),
  practitioner('persaudiologist', { en: 'Audiologist', nl: 'Audioloog', fr: 'Audiologue', de: 'Audiologe' }),
  practitioner('persbiologist', { en: 'Medical laboratory technician', nl: 'Medisch laboratoriumtechnoloog', fr: 'Technicien de laboratoire médical', de: 'Medizinischer Labortechniker' }),
  practitioner('persdietician', { en: 'Dietician', nl: 'Diëtist', fr: 'Diététicien', de: 'Diätist' }),
  practitioner('perslogopedist', { en: 'Logopedist', nl: 'Logopedist', fr: 'Logopède', de: 'Logopäde' }),
  practitioner('persoccupationaltherapist', { en: 'Occupational therapist', nl: 'Ergotherapeut', fr: 'Ergothérapeute', de: 'Ergotherapeute' }),
  practitioner('persorthoptist', { en: 'Orthoptist', nl: 'Orthoptist', fr: 'Orthoptiste', de: 'Orthoptist' }),
  practitioner('persoptometrist', { en: 'Optometrist', nl: 'Optometrist', fr: 'Optométriste', de: 'Optometrist' }),
  practitioner('persphysiotherapist', { en: 'Physiotherapist', nl: 'Kinesitherapeut', fr: 'Kinésithérapeute', de: 'Physiotherapeut' }),
  practitioner('perspodologist', { en: 'Podologist', nl: 'Podologist', fr: 'Podologue', de: 'Podologe' }),
  practitioner('perspracticalnurse', { en: 'Practical nurse', nl: 'Verzorgende', fr: 'Aide-soignante', de: 'Pfleger' }),
  practitioner('perstechnician', { en: 'Medical imaging technician', nl: 'Technicus medische beeldvorming', fr: "Technicien d'imagerie médicale", de: 'Techniker für medizinische Bildgebung' }),
  practitioner('perstrussmaker', { en: 'Bandagist', nl: 'Bandagist', fr: 'Bandagiste', de: 'Bandagist' }),
  practitioner('persclinicalorthopedagogist', { en: 'Clinical orthopedagogist', nl: 'Klinisch orthopedagoog', fr: 'Orthopédagogue clinique', de: 'Klinischer Orthopädagoge' }),
  practitioner('persclinicalpsychologist', { en: 'Clinical psychologist', nl: 'Klinisch psycholoog', fr: 'Psychologue clinicien', de: 'Klinischer Psychologe' }),
  practitioner('persoraldentalhygienist', { en: 'Oral dental hygienist', nl: 'Mondhygiënist', fr: 'Hygiéniste bucco-dentaire', de: 'Dentalhygieniker' }),
  practitioner('persmobilityimprover', { en: 'Mobility improver (orthopedic technologist)', nl: 'Mobiliteitsverbeteraar (orthopedisch technoloog)', fr: 'Améliorateur de mobilité (technologue en orthopédie)', de: 'Mobilitätsverbesserer (Orthopädietechniker)' }),
  practitioner('persbandagistorthosiologist', { en: 'Bandagist orthosiologist (orthopedic technologist)', nl: 'Bandagist orthosioloog (orthopedisch technoloog)', fr: 'Orthosiologue bandagiste (technologue en orthopédie)', de: 'Bandagist Orthosiologe (Orthopädietechniker)' }),
  practitioner('persprosthesiologist', { en: 'Prosthesiologist (orthopedic technologist)', nl: 'Prothesemaker (orthopedisch technoloog)', fr: 'Prothésiste (technologue en orthopédie)', de: 'Orthopädietechniker (Orthopädietechniker)' }),
  practitioner('persshoetechnologist', { en: 'Shoe technologist (orthopedic technologist)', nl: 'Schoentechnicus (orthopedisch technoloog)', fr: 'Technicien de chaussures (technologue en orthopédie)', de: 'Schuhtechniker (Orthopädietechniker)' }),
];

export const PHARMACY: Profession = {
  code: 'orgpharmacy',
  kind: 'pharmacy',
  identifiedBy: 'nihii',
  labels: { en: 'Pharmacy', nl: 'Apotheek', fr: 'Pharmacie', de: 'Apotheke' },
};

/** persdentalhygienist is a separate official code the service may return; it is read, never offered. */
const READ_ONLY: readonly Profession[] = [
  practitioner('persdentalhygienist', { en: 'Dental hygienist', nl: 'Mondhygiënist', fr: 'Hygiéniste bucco-dentaire', de: 'Dentalhygieniker' }),
];

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

export function professionLabel(code: string, language: Language): string {
  return findProfession(code)?.labels[language] ?? code;
}
