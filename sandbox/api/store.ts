/**
 * The sandbox's state: active exclusions and the history of changes, seeded and in memory.
 * Every change is one synchronous step (no await inside), so a request sees all of it or none.
 * With a data file, state is written to a temporary file and renamed over the old one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { partyRefOf, sameParty, type PartyRef } from '../../src/domain/party';
import { buildSeed } from './seed';
import type { ExclusionWire, HcParty, HistoryEntryWire, Operation, State } from './wire';
import { isoWithOffset } from './wire';

const patientOf = (e: ExclusionWire) => e.patient.identifier.find((i) => i.type === 'ssin')?.value;

function matches(e: ExclusionWire, patientSsin: string, party?: PartyRef): boolean {
  if (patientOf(e) !== patientSsin) return false;
  return !party || sameParty(partyRefOf(e.hcParty), party);
}

export class Store {
  private state: State;

  constructor(
    private readonly dataFile?: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.state = dataFile && existsSync(dataFile) ? (JSON.parse(readFileSync(dataFile, 'utf8')) as State) : buildSeed();
  }

  reset(): void {
    this.state = buildSeed();
    this.persist();
  }

  active(patientSsin: string, party?: PartyRef): ExclusionWire[] {
    return this.state.exclusions.filter((e) => matches(e, patientSsin, party));
  }

  history(patientSsin: string, limit: number): HistoryEntryWire[] {
    const entries = this.state.history[patientSsin] ?? [];
    return entries.slice(-limit).reverse();
  }

  declare(patientSsin: string, party: HcParty, author: HcParty[]): ExclusionWire {
    const exclusion: ExclusionWire = { patient: { identifier: [{ type: 'ssin', value: patientSsin }] }, hcParty: party };
    this.state.exclusions.push(exclusion);
    this.record(patientSsin, party, author, 'DECLARE_EXCLUSION');
    this.persist();
    return exclusion;
  }

  /** Removes the active exclusion; false when there is none. */
  revoke(patientSsin: string, party: PartyRef, author: HcParty[]): boolean {
    const index = this.state.exclusions.findIndex((e) => matches(e, patientSsin, party));
    if (index < 0) return false;
    const [removed] = this.state.exclusions.splice(index, 1);
    this.record(patientSsin, removed!.hcParty, author, 'REVOKE_EXCLUSION');
    this.persist();
    return true;
  }

  private record(patientSsin: string, target: HcParty, author: HcParty[], operation: Operation): void {
    const entries = (this.state.history[patientSsin] ??= []);
    entries.push({ author, target, timestamp: isoWithOffset(this.clock()), operation });
  }

  private persist(): void {
    if (!this.dataFile) return;
    mkdirSync(dirname(this.dataFile), { recursive: true });
    const temporary = `${this.dataFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.state));
    renameSync(temporary, this.dataFile);
  }
}
