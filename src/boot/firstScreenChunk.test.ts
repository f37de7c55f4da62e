import { describe, expect, it } from 'vitest';
import { firstScreenChunk } from './firstScreenChunk';

/** A module graph as the bundler reports it: static imports, dynamic imports, the entry. */
const graph: Record<string, { isEntry?: boolean; importedIds: string[]; dynamicallyImportedIds?: string[] }> = {
  '/app/index.html': { isEntry: true, importedIds: ['/app/src/main.tsx'] },
  '/app/src/main.tsx': { importedIds: ['/app/src/Layout.tsx', '/app/node_modules/react/index.js'] },
  '/app/src/Layout.tsx': { importedIds: ['/app/src/Dialog.tsx'], dynamicallyImportedIds: ['/app/src/RevokeDialog.tsx'] },
  '/app/src/Dialog.tsx': { importedIds: ['/app/src/Layout.tsx'] },
  '/app/src/RevokeDialog.tsx': { importedIds: ['/app/src/Dialog.tsx', '/app/src/revoke.ts'] },
  '/app/src/revoke.ts': { importedIds: [] },
  '/app/node_modules/react/index.js': { importedIds: [] },
};

function built() {
  const { plugin, group } = firstScreenChunk();
  const context = { getModuleIds: () => Object.keys(graph)[Symbol.iterator](), getModuleInfo: (id: string) => graph[id] ?? null };
  (plugin.buildEnd as (this: typeof context) => void).call(context);
  return group;
}

describe('firstScreenChunk', () => {
  it('names for the entry’s chunk the app’s modules the entry imports statically, cycles included', () => {
    const group = built();
    expect(['/app/src/main.tsx', '/app/src/Layout.tsx', '/app/src/Dialog.tsx'].every(group.test)).toBe(true);
  });

  it('leaves out what only a lazy chunk imports, and the libraries', () => {
    const group = built();
    expect(group.test('/app/src/RevokeDialog.tsx')).toBe(false);
    expect(group.test('/app/src/revoke.ts')).toBe(false);
    expect(group.test('/app/node_modules/react/index.js')).toBe(false);
  });
});
