/**
 * The sandbox's state: active exclusions and the history of changes, seeded and in memory.
 * Every change is one synchronous step (no await inside), so a request sees all of it or none.
 * With a data file, state is written to a temporary file and renamed over the old one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSeed } from './seed';
import type { ExclusionWire, HcParty, HistoryEntryWire, Operation } from './wire';
import { isoWithOffset } from './wire';

export interface State {
  exclusions: ExclusionWire[];
  /** Oldest first; the API serves it newest first. */
  history: Record<string, HistoryEntryWire[]>;
}

export interface PartyKey {
  type: 'ssin' | 'nihii';
  value: string;
}

export function partyKeyOf(party: HcParty): PartyKey | undefined {
  const ssin = party.identifier.find((i) => i.type === 'ssin');
  if (ssin) return { type: 'ssin', value: ssin.value };
  const nihii = party.identifier.find((i) => i.type === 'nihii');
  return nihii ? { type: 'nihii', value: nihii.value } : undefined;
}

const patientOf = (e: ExclusionWire) => e.patient.identifier.find((i) => i.type === 'ssin')?.value;

function matches(e: ExclusionWire, patientSsin: string, key?: PartyKey): boolean {
  if (patientOf(e) !== patientSsin) return false;
  if (!key) return true;
  const own = partyKeyOf(e.hcParty);
  return own?.type === key.type && own.value === key.value;
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

  active(patientSsin: string, key?: PartyKey): ExclusionWire[] {
    return this.state.exclusions.filter((e) => matches(e, patientSsin, key));
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
  revoke(patientSsin: string, key: PartyKey, author: HcParty[]): boolean {
    const index = this.state.exclusions.findIndex((e) => matches(e, patientSsin, key));
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
