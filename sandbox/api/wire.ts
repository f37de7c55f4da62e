/** The cookbook's wire shapes (§5.3, §5.5, §5.6), as the sandbox writes them. */

export interface Identifier {
  type: 'ssin' | 'nihii' | 'local';
  value: string;
}

export interface HcParty {
  identifier: Identifier[];
  name: string | null;
  firstName: string | null;
  qualificationCode: string;
}

export interface ExclusionWire {
  patient: { identifier: Identifier[] };
  hcParty: HcParty;
}

export type Operation = 'DECLARE_EXCLUSION' | 'REVOKE_EXCLUSION';

export interface HistoryEntryWire {
  author: HcParty[];
  target: HcParty;
  timestamp: string;
  operation: Operation;
}

/** ISO 8601 with an explicit offset, as in the cookbook's examples. */
export function isoWithOffset(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** The sandbox's whole state: what the store keeps and the seed builds. */
export interface State {
  exclusions: ExclusionWire[];
  /** Oldest first; the API serves it newest first. */
  history: Record<string, HistoryEntryWire[]>;
}
