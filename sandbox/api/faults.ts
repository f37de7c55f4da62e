/** Faults the app's tests can ask for: the next N matching requests are slow, fail, or drop. */

/** `unauthorized`: a 401 as for a token the API no longer accepts (revoked, or signed with a rotated key). */
export type FaultKind = 'slow' | 'error' | 'drop' | 'malformed' | 'unauthorized';

export const FAULT_KINDS: readonly FaultKind[] = ['slow', 'error', 'drop', 'malformed', 'unauthorized'];

export interface Fault {
  kind: FaultKind;
  remaining: number;
  delayMs: number;
  method?: string;
  /** A substring of the path, e.g. "/histories/". */
  path?: string;
}

export class Faults {
  private queue: Fault[] = [];

  add(fault: Fault): void {
    this.queue.push(fault);
  }

  clear(): void {
    this.queue = [];
  }

  /** Takes one use of the first fault matching this request, if any. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.queue.find((f) => (!f.method || f.method === method) && (!f.path || path.includes(f.path)));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.queue = this.queue.filter((f) => f !== fault);
    return fault;
  }
}
