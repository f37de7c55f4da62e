/**
 * A care provider as the service names it (the cookbook's `hcParty`): a practitioner by SSIN (with
 * a KMEHR profession), a pharmacy by NIHII. One home for its reference, key, equality, name and
 * printed number, shared by the app and the sandbox.
 */
import { formatNihii } from './nihii';
import { formatSsin } from './ssin';

/** The identifiers and names of an `hcParty` on the wire, as much as these rules read. */
export interface PartyOnWire {
  identifier: readonly { type: string; value: string }[];
  firstName?: string | null;
  name?: string | null;
}

/** One excluded party: a practitioner's SSIN or a pharmacy's NIHII. */
export interface PartyRef {
  type: 'ssin' | 'nihii';
  value: string;
}

/** The SSIN when there is one (a practitioner's NIHII "should not be used"), else the NIHII. */
export function partyRefOf(party: PartyOnWire): PartyRef | undefined {
  const ssin = party.identifier.find((i) => i.type === 'ssin');
  if (ssin) return { type: 'ssin', value: ssin.value };
  const nihii = party.identifier.find((i) => i.type === 'nihii');
  return nihii ? { type: 'nihii', value: nihii.value } : undefined;
}

/** "ssin:…" or "nihii:…": one string per party, for keys, maps and filters ('' for none). */
export function partyKey(ref: PartyRef | undefined): string {
  return ref ? `${ref.type}:${ref.value}` : '';
}

export function sameParty(a: PartyRef | undefined, b: PartyRef | undefined): boolean {
  return a !== undefined && b !== undefined && a.type === b.type && a.value === b.value;
}

/** First and last name joined, or undefined when neither is known. */
export function fullName(first?: string | null, last?: string | null): string | undefined {
  return [first, last].filter(Boolean).join(' ') || undefined;
}

export function partyName(party: PartyOnWire | undefined): string | undefined {
  return fullName(party?.firstName, party?.name);
}

/** The number as printed: 85.07.30-033.28 for an SSIN, 7-10718-01 for a pharmacy NIHII. */
export function formatPartyIdentifier(ref: PartyRef): string {
  return ref.type === 'ssin' ? formatSsin(ref.value) : formatNihii(ref.value);
}

/**
 * A care provider as people read it: name (or the words for "name unknown"), profession (named by
 * `professionName` from its code, in the page's language), number.
 */
export function describeParty(party: PartyOnWire & { qualificationCode: string }, professionName: (code: string) => string, unknownName: string) {
  const ref = partyRefOf(party);
  return {
    name: partyName(party) ?? unknownName,
    profession: professionName(party.qualificationCode),
    identifier: ref ? formatPartyIdentifier(ref) : '',
  };
}
