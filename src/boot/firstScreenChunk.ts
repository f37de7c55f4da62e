import type { Plugin } from 'vite';

/**
 * Keeps the app's own modules that the entry imports statically in the entry's chunk, as Rollup
 * does: a lazy chunk only loads after the entry, so what they share is already there. Rolldown
 * (Vite 8's bundler) moved what the entry shares with the lazy chunks into shared chunks once a
 * fourth lazy chunk came (rolldown/rolldown#10731 and #9963, open): the first screen then fetched
 * three chunks and about 1 KB gzip more. The plugin reads the static import graph once it is built;
 * the `codeSplitting` group names those modules for the entry's chunk. Libraries are left to the
 * bundler: a library's index imports all of it, so the graph would also hold what only a lazy
 * chunk uses (TanStack's mutations).
 */
export function firstScreenChunk() {
  const firstScreen = new Set<string>();
  const plugin: Plugin = {
    name: 'first-screen-chunk',
    apply: 'build',
    buildEnd() {
      firstScreen.clear();
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (firstScreen.has(id)) continue;
        firstScreen.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, group: { name: 'index', test: (id: string) => firstScreen.has(id) && !/[\\/]node_modules[\\/]/.test(id) } };
}
