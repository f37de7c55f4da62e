/**
 * The sandbox's people who log in. Fixed: tests outside the project rely on these logins and numbers.
 */

import { mandateCoversExclusions, MEDICAL_DATA_MANAGEMENT } from '../src/domain/serviceContract';

export interface Person {
  /** The stable, opaque subject id I.AM Connect gives every person (a UUID, never the SSIN). */
  sub: string;
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
    sub: '3f6c2a1e-8b7d-4e52-9a0f-1c2d3e4f5a61',
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
    sub: '7a1b9c3d-2e4f-4a6b-8c0d-5e7f9a1b3c72',
    ssin: '79030204523',
    firstName: 'Marc',
    lastName: 'Dubois',
    locale: 'fr',
    restAccess: true,
    children: [
      { sub: '51a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f5', ssin: '15061023446', firstName: 'Lina', lastName: 'Dubois', serviceNames: [] },
      { sub: '62b3c4d5-e6f7-4081-9203-b4c5d6e7f806', ssin: '18113056784', firstName: 'Tom', lastName: 'Dubois', serviceNames: [] },
    ],
    mandators: [],
    description: 'Parent of Lina and Tom Dubois.',
  },
  {
    login: 'sofie',
    sub: 'c4d5e6f7-0a1b-4c2d-9e3f-4a5b6c7d8e93',
    ssin: '90012578967',
    firstName: 'Sofie',
    lastName: 'Janssens',
    locale: 'de',
    restAccess: true,
    children: [],
    mandators: [
      { sub: '73c4d5e6-f708-4192-a314-c5d6e7f80917', ssin: '40090911137', firstName: 'Georges', lastName: 'Lambert', serviceNames: [MEDICAL_DATA_MANAGEMENT] },
      { sub: '84d5e6f7-0819-42a3-b425-d6e7f8091a28', ssin: '42040422283', firstName: 'Maria', lastName: 'Lambert', serviceNames: ['recipe'] },
    ],
    description: 'Mandatary of Georges Lambert (medical data) and Maria Lambert (prescriptions only).',
  },
  {
    login: 'victor',
    sub: 'e8f90a1b-2c3d-4e4f-8a5b-6c7d8e9f0a14',
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

/** The persona an I.AM Connect subject id (an access token's `sub`, the IdP's account id) belongs to. */
export function findPersonaBySub(sub: string): Persona | undefined {
  return PERSONAS.find((p) => p.sub === sub);
}

/** How a token exchange names the person to act for: the `may_act` entry's `sub`, or the SSIN. */
export type SubjectSelector = 'sub' | 'ssin';

/** The SSIN of the person a token exchange asks for: oneself or one of the persona's relatives. */
export function requestedPatientSsin(persona: Persona, value: string, by: SubjectSelector): string | undefined {
  const people: Person[] = [persona, ...persona.children, ...persona.mandators];
  return people.find((p) => p[by] === value)?.ssin;
}

export type Relationship = 'self' | 'parent' | 'mandatary';

export type ActingDecision = { ok: true; patient: Person; relationship: Relationship } | { ok: false; reason: string };

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
