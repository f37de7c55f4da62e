/**
 * The CD-HCPARTY codes the service accepts (cookbook §2.1) with their official labels
 * (eHealth CD-HCPARTY v2.1.2, ../shared/spec/kmehr-cd-hcparty-labels.csv).
 *
 * Two cookbook spellings differ from the official KMEHR table. We send the official codes
 * (the cookbook says the code "refers to a value of KMEHR table") and read both spellings.
 */

import { PROFESSION_SYNONYMS } from './professionSynonyms';

export type Language = 'nl' | 'fr' | 'de' | 'en';
export type PartyKind = 'practitioner' | 'pharmacy';

export interface Profession {
  code: string;
  kind: PartyKind;
  /** Practitioners are identified by SSIN, the pharmacy (an organisation) by NIHII. */
  identifiedBy: 'ssin' | 'nihii';
  labels: Record<Language, string>;
}

const practitioner = (code: string, en: string, nl: string, fr: string, de: string): Profession => ({
  code,
  kind: 'practitioner',
  identifiedBy: 'ssin',
  labels: { en, nl, fr, de },
});

export const PRACTITIONER_PROFESSIONS: readonly Profession[] = [
  practitioner('persphysician', 'Physician', 'Arts', 'Médecin', 'Arzt'),
  practitioner('persnurse', 'Nurse', 'Verpleegkundige', 'Infirmier', 'Krankenpfleger/in'),
  practitioner('persdentist', 'Dentist', 'Tandarts', 'Dentiste', 'Zahnarzt'),
  practitioner('persmidwife', 'Midwife', 'Vroedvrouw', 'Sage-femme', 'Hebamme'),
  practitioner('persaudician', 'Audician', 'Audicien', 'Audicien', 'Hörgeräteakustiker'),
  practitioner('persaudiologist', 'Audiologist', 'Audioloog', 'Audiologue', 'Audiologe'),
  practitioner('persbiologist', 'Medical laboratory technician', 'Medisch laboratoriumtechnoloog', 'Technicien de laboratoire médical', 'Medizinischer Labortechniker'),
  practitioner('persdietician', 'Dietician', 'Diëtist', 'Diététicien', 'Diätist'),
  practitioner('perslogopedist', 'Logopedist', 'Logopedist', 'Logopède', 'Logopäde'),
  practitioner('persoccupationaltherapist', 'Occupational therapist', 'Ergotherapeut', 'Ergothérapeute', 'Ergotherapeute'),
  practitioner('persorthoptist', 'Orthoptist', 'Orthoptist', 'Orthoptiste', 'Orthoptist'),
  practitioner('persoptometrist', 'Optometrist', 'Optometrist', 'Optométriste', 'Optometrist'),
  practitioner('persphysiotherapist', 'Physiotherapist', 'Kinesitherapeut', 'Kinésithérapeute', 'Physiotherapeut'),
  practitioner('perspodologist', 'Podologist', 'Podologist', 'Podologue', 'Podologe'),
  practitioner('perspracticalnurse', 'Practical nurse', 'Verzorgende', 'Aide-soignante', 'Pfleger'),
  practitioner('perstechnician', 'Medical imaging technician', 'Technicus medische beeldvorming', "Technicien d'imagerie médicale", 'Techniker für medizinische Bildgebung'),
  practitioner('perstrussmaker', 'Bandagist', 'Bandagist', 'Bandagiste', 'Bandagist'),
  practitioner('persclinicalorthopedagogist', 'Clinical orthopedagogist', 'Klinisch orthopedagoog', 'Orthopédagogue clinique', 'Klinischer Orthopädagoge'),
  practitioner('persclinicalpsychologist', 'Clinical psychologist', 'Klinisch psycholoog', 'Psychologue clinicien', 'Klinischer Psychologe'),
  practitioner('persoraldentalhygienist', 'Oral dental hygienist', 'Mondhygiënist', 'Hygiéniste bucco-dentaire', 'Dentalhygieniker'),
  practitioner('persmobilityimprover', 'Mobility improver (orthopedic technologist)', 'Mobiliteitsverbeteraar (orthopedisch technoloog)', 'Améliorateur de mobilité (technologue en orthopédie)', 'Mobilitätsverbesserer (Orthopädietechniker)'),
  practitioner('persbandagistorthosiologist', 'Bandagist orthosiologist (orthopedic technologist)', 'Bandagist orthosioloog (orthopedisch technoloog)', 'Orthosiologue bandagiste (technologue en orthopédie)', 'Bandagist Orthosiologe (Orthopädietechniker)'),
  practitioner('persprosthesiologist', 'Prosthesiologist (orthopedic technologist)', 'Prothesemaker (orthopedisch technoloog)', 'Prothésiste (technologue en orthopédie)', 'Orthopädietechniker (Orthopädietechniker)'),
  practitioner('persshoetechnologist', 'Shoe technologist (orthopedic technologist)', 'Schoentechnicus (orthopedisch technoloog)', 'Technicien de chaussures (technologue en orthopédie)', 'Schuhtechniker (Orthopädietechniker)'),
];

export const PHARMACY: Profession = {
  code: 'orgpharmacy',
  kind: 'pharmacy',
  identifiedBy: 'nihii',
  labels: { en: 'Pharmacy', nl: 'Apotheek', fr: 'Pharmacie', de: 'Apotheke' },
};

/** persdentalhygienist is a separate official code the service may return; it is read, never offered. */
const READ_ONLY: readonly Profession[] = [
  practitioner('persdentalhygienist', 'Dental hygienist', 'Mondhygiënist', 'Hygiéniste bucco-dentaire', 'Dentalhygieniker'),
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

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The picker's filter, accent- and case-insensitive: professions whose label in the page's language
 * contains the query come first, then those found by another language's label or by what people
 * call them (PROFESSION_SYNONYMS: "huisarts", "GP", "kiné"). Below three letters the other names
 * must start with the query, so "ar" does not find everything.
 */
export function searchProfessions(query: string, language: Language): Profession[] {
  const needle = fold(query.trim());
  const names = (p: Profession) => [...Object.values(p.labels), ...(PROFESSION_SYNONYMS[p.code] ?? [])].map(fold);
  const matchesOther = (name: string) => (needle.length >= 3 ? name.includes(needle) : name.split(/[\s(-]+/).some((word) => word.startsWith(needle)));
  const own = PRACTITIONER_PROFESSIONS.filter((p) => fold(p.labels[language]).includes(needle));
  const others = PRACTITIONER_PROFESSIONS.filter((p) => !own.includes(p) && names(p).some(matchesOther));
  return [...own, ...others];
}
