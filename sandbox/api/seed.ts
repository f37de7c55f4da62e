/**
 * The seed: Anna has one active exclusion and a short history, Lina two, Georges one,
 * and Tom more than 1,500 history entries (to exercise pagination).
 */
import { buildDirectory, type Pharmacy, type Practitioner } from '../data/directory';
import { findPersona, type Persona } from '../personas';
import { isoWithOffset, type HcParty, type HistoryEntryWire, type Operation, type State } from './wire';

export const APPLICATION_ID = 'myhealth-exclusions-sandbox';

export const practitionerParty = (p: Practitioner, code = p.professions[0]!): HcParty => ({
  identifier: [{ type: 'ssin', value: p.ssin }],
  name: p.lastName,
  firstName: p.firstName,
  qualificationCode: code,
});

export const pharmacyParty = (p: Pharmacy): HcParty => ({
  identifier: [{ type: 'nihii', value: p.nihii }],
  name: p.name,
  firstName: null,
  qualificationCode: 'orgpharmacy',
});

/** The two author entries: the application, then the person who acted (see README: history authors). */
export function authorEntries(
  actor: { ssin: string; firstName: string; lastName: string },
  relationship: 'self' | 'parent' | 'mandatary',
  applicationId = APPLICATION_ID,
): HcParty[] {
  return [
    { identifier: [{ type: 'local', value: applicationId }], name: applicationId, firstName: null, qualificationCode: 'application' },
    relationship === 'self'
      ? { identifier: [{ type: 'ssin', value: actor.ssin }], name: null, firstName: null, qualificationCode: 'patient' }
      : { identifier: [{ type: 'ssin', value: actor.ssin }], name: actor.lastName, firstName: actor.firstName, qualificationCode: relationship },
  ];
}

export const TOM_HISTORY_ENTRIES = 1600;

export function buildSeed(): State {
  const directory = buildDirectory();
  const practitioner = (ssin: string) => directory.practitioner(ssin)!;
  const pharmacy = (nihii: string) => directory.pharmacy(nihii)!;
  const anna = findPersona('anna') as Persona;
  const marc = findPersona('marc') as Persona;
  const sofie = findPersona('sofie') as Persona;
  const [lina, tom] = marc.children as [Persona['children'][number], Persona['children'][number]];
  const georges = sofie.mandators[0]!;

  const state: State = { exclusions: [], history: {} };
  let clock = Date.parse('2025-03-03T09:00:00Z');
  const tick = (minutes: number) => new Date((clock += minutes * 60_000));
  const record = (patient: string, target: HcParty, author: HcParty[], operation: Operation, at: Date) => {
    const entry: HistoryEntryWire = { author, target, timestamp: isoWithOffset(at), operation };
    (state.history[patient] ??= []).push(entry);
    if (operation === 'DECLARE_EXCLUSION') {
      state.exclusions.push({ patient: { identifier: [{ type: 'ssin', value: patient }] }, hcParty: target });
    } else {
      state.exclusions = state.exclusions.filter(
        (e) => !(e.patient.identifier[0]!.value === patient && e.hcParty.identifier[0]!.value === target.identifier[0]!.value),
      );
    }
  };

  // Tom: 1,600 changes by his father, one every 6 hours, alternating declare / revoke.
  const generated = directory.practitioners.slice(5, 5 + TOM_HISTORY_ENTRIES / 2);
  const tomStart = Date.parse('2024-01-01T08:00:00Z');
  generated.forEach((p, i) => {
    const party = practitionerParty(p);
    record(tom.ssin, party, authorEntries(marc, 'parent'), 'DECLARE_EXCLUSION', new Date(tomStart + 2 * i * 6 * 3_600_000));
    record(tom.ssin, party, authorEntries(marc, 'parent'), 'REVOKE_EXCLUSION', new Date(tomStart + (2 * i + 1) * 6 * 3_600_000));
  });

  const annaSelf = authorEntries(anna, 'self');
  record(anna.ssin, pharmacyParty(pharmacy('65120355')), annaSelf, 'DECLARE_EXCLUSION', tick(0));
  record(anna.ssin, pharmacyParty(pharmacy('65120355')), annaSelf, 'REVOKE_EXCLUSION', tick(60 * 24 * 3));
  record(anna.ssin, practitionerParty(practitioner('72051430150')), annaSelf, 'DECLARE_EXCLUSION', tick(60 * 24 * 20));

  record(lina.ssin, practitionerParty(practitioner('88120140245')), authorEntries(marc, 'parent'), 'DECLARE_EXCLUSION', tick(60 * 24 * 5));
  record(lina.ssin, pharmacyParty(pharmacy('62045158')), authorEntries(marc, 'parent'), 'DECLARE_EXCLUSION', tick(90));

  record(georges.ssin, practitionerParty(practitioner('66022850357')), authorEntries(sofie, 'mandatary'), 'DECLARE_EXCLUSION', tick(60 * 24 * 9));

  return state;
}
