/**
 * The sandbox's people who log in. Fixed: tests outside the project rely on these logins and numbers.
 */

import { mandateCoversExclusions, MEDICAL_DATA_MANAGEMENT } from '../src/domain/serviceContract';

export interface Person {
  ssin: string;
  firstName: string;
  lastName: string;
}

export interface Relative extends Person {
  /** Mandate types (I.AM Connect `serviceNames`); empty for a parent's child. */
  serviceNames: string[];
}

export interface Persona extends Person {
  login: string;
  locale: 'nl' | 'fr' | 'de' | 'en';
  restAccess: boolean;
  children: Relative[];
  mandators: Relative[];
  /** One line on the sandbox login page. */
  description: string;
}

export const PERSONAS: readonly Persona[] = [
  {
    login: 'anna',
    ssin: '85071412330',
    firstName: 'Anna',
    lastName: 'Peeters',
    locale: 'nl',
    restAccess: true,
    children: [],
    mandators: [],
    description: 'Citizen, acts for herself only.',
  },
  {
    login: 'marc',
    ssin: '79030204523',
    firstName: 'Marc',
    lastName: 'Dubois',
    locale: 'fr',
    restAccess: true,
    children: [
      { ssin: '15061023446', firstName: 'Lina', lastName: 'Dubois', serviceNames: [] },
      { ssin: '18113056784', firstName: 'Tom', lastName: 'Dubois', serviceNames: [] },
    ],
    mandators: [],
    description: 'Parent of Lina and Tom Dubois.',
  },
  {
    login: 'sofie',
    ssin: '90012578967',
    firstName: 'Sofie',
    lastName: 'Janssens',
    locale: 'nl',
    restAccess: true,
    children: [],
    mandators: [
      { ssin: '40090911137', firstName: 'Georges', lastName: 'Lambert', serviceNames: [MEDICAL_DATA_MANAGEMENT] },
      { ssin: '42040422283', firstName: 'Maria', lastName: 'Lambert', serviceNames: ['recipe'] },
    ],
    description: 'Mandatary of Georges Lambert (medical data) and Maria Lambert (prescriptions only).',
  },
  {
    login: 'victor',
    ssin: '71020334503',
    firstName: 'Victor',
    lastName: 'Claes',
    locale: 'en',
    restAccess: false,
    children: [],
    mandators: [],
    description: 'Has no rest-access role: the API answers 403.',
  },
];

export function findPersona(login: string): Persona | undefined {
  return PERSONAS.find((p) => p.login === login);
}

export type Relationship = 'self' | 'parent' | 'mandatary';

export type ActingDecision =
  | { ok: true; patient: Person; relationship: Relationship }
  | { ok: false; reason: string };

/** The exchange rules: oneself, one's child, or a mandator whose mandate covers medical data. */
export function decideActingFor(persona: Persona, patientSsin: string): ActingDecision {
  if (patientSsin === persona.ssin) return { ok: true, patient: persona, relationship: 'self' };
  const child = persona.children.find((c) => c.ssin === patientSsin);
  if (child) return { ok: true, patient: child, relationship: 'parent' };
  const mandator = persona.mandators.find((m) => m.ssin === patientSsin);
  if (mandator) {
    if (mandateCoversExclusions(mandator.serviceNames)) {
      return { ok: true, patient: mandator, relationship: 'mandatary' };
    }
    return { ok: false, reason: `the mandate of ${mandator.firstName} ${mandator.lastName} does not cover ${MEDICAL_DATA_MANAGEMENT}` };
  }
  return { ok: false, reason: `${persona.login} may not act for this patient` };
}
