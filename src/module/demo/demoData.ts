/**
 * The demo mode's data (guideline 14): a patient with a few exclusions and their history, every
 * state the pages have (a list, an empty look-up, a revoked provider to exclude again). Names are
 * names; professions and dates are translated by the pages, so it reads in the host's language.
 * The numbers are well-formed but fictitious.
 */
import type { ActivePerson } from '../../components/activePerson';

export const DEMO_PATIENT_SSIN = '70010100188';

export const demoPerson: ActivePerson = {
  active: { ssin: DEMO_PATIENT_SSIN, sub: 'demo', relation: 'self', allowed: true, name: 'Demo Patient' },
  self: { ssin: DEMO_PATIENT_SSIN, sub: 'demo', relation: 'self', allowed: true, name: 'Demo Patient' },
};

export interface DemoParty {
  identifier: { type: 'ssin' | 'nihii'; value: string }[];
  firstName?: string;
  name: string;
  qualificationCode: string;
}

export const demoParties: DemoParty[] = [
  { identifier: [{ type: 'ssin', value: '65031204511' }], firstName: 'Anne', name: 'Peeters', qualificationCode: 'persphysician' },
  { identifier: [{ type: 'ssin', value: '82112011715' }], firstName: 'Luc', name: 'Dupont', qualificationCode: 'persdentist' },
  { identifier: [{ type: 'nihii', value: '51234500' }], name: 'Apotheek Centrum', qualificationCode: 'orgpharmacy' },
];

/** Revoked last month: the history offers to exclude this one again. */
export const demoRevoked: DemoParty = {
  identifier: [{ type: 'ssin', value: '58120523346' }],
  firstName: 'Marie',
  name: 'Lambert',
  qualificationCode: 'persnurse',
};
