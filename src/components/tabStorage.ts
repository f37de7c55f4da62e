/**
 * Where this tab keeps what must survive a reload (form drafts, the history filter's salt): the
 * standalone app's sessionStorage. A MyHealth module may not touch the device's storage
 * (guideline 12): its host hands the features a memory-only store instead (src/module).
 */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

let provided: TabStorage | undefined;

export function provideTabStorage(storage: TabStorage): void {
  provided = storage;
}

export function tabStorage(): TabStorage {
  return provided ?? sessionStorage;
}

/** A store that lives as long as the page, in memory only. */
export function memoryStorage(): TabStorage {
  const entries = new Map<string, string>();
  return {
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, String(value)),
    removeItem: (key) => void entries.delete(key),
    key: (index) => [...entries.keys()][index] ?? null,
    get length() {
      return entries.size;
    },
  };
}
