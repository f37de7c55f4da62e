import type { HistoryEntryWire } from '../../api/history';
import { tabStorage } from '../../components/tabStorage';
import { partyKey } from './historyView';

/**
 * The care-provider filter in the URL without the provider's number: a short hash of it with a
 * salt that lives in this tab only. A reload or Back keeps the filter; the URL, copied elsewhere,
 * names no one (and then simply shows every provider).
 */
const SALT_KEY = 'te.urlSalt';

// Read once: the filter hashes every provider of a long history (hundreds).
let tabSalt: string | undefined;

function salt(): string {
  if (tabSalt) return tabSalt;
  try {
    let value = tabStorage().getItem(SALT_KEY);
    if (!value) {
      value = crypto.randomUUID();
      tabStorage().setItem(SALT_KEY, value);
    }
    return (tabSalt = value);
  } catch {
    return 'no-storage';
  }
}

/** FNV-1a, 32 bits, in base 36: short, stable for the tab, not reversible without the salt. */
export function providerToken(partyKey: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${salt()}|${partyKey}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The provider of these entries whose token this is (its party key), or '' for none. */
export function partyForToken(entries: HistoryEntryWire[], token: string): string {
  if (!token) return '';
  for (const entry of entries) {
    const key = partyKey(entry);
    if (key && providerToken(key) === token) return key;
  }
  return '';
}
