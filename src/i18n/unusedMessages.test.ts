/**
 * Every message in the catalogues is used somewhere in the app: a key no code names is a text
 * translators keep up for nothing. A key counts as used when the source names it as a string, names
 * it as a plural base (`.one` / `.other`), or builds it from a template (`party.${kind}`).
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './allCatalogues';
import { PAGE_MESSAGES } from './pages/all';

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./messages/**', '!./pages/**', '!../test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const code = Object.values(sources).join('\n');

/** Every quoted string and template literal in the code; templates become patterns (`${…}` matches one name part). */
function namesInCode(code: string): { literals: Set<string>; templates: RegExp[] } {
  const literals = new Set<string>();
  for (const match of code.matchAll(/'([a-zA-Z0-9_.-]+)'|"([a-zA-Z0-9_.-]+)"/g)) literals.add(match[1] ?? match[2]!);
  const templates: RegExp[] = [];
  for (const match of code.matchAll(/`([a-zA-Z0-9_.-]*\$\{[^`]*)`/g)) {
    const pattern = match[1]!
      .split(/\$\{[^}]*\}/)
      .map((part) => part.replace(/[.]/g, '\\.'))
      .join('[a-zA-Z0-9_-]+');
    if (/^[a-zA-Z]/.test(pattern)) templates.push(new RegExp(`^${pattern}$`));
  }
  return { literals, templates };
}

function usedIn(code: string): (key: string) => boolean {
  const { literals, templates } = namesInCode(code);
  return (key) => literals.has(key) || literals.has(key.replace(/\.(one|other)$/, '')) || templates.some((template) => template.test(key));
}

describe('message keys', () => {
  it('are all used by the app', () => {
    const used = usedIn(code);
    expect(Object.keys(CATALOGUES.en).filter((key) => !used(key))).toEqual([]);
  });

  // A lazy chunk's messages arrive with its code: named anywhere else, they would show as keys.
  it.each(Object.entries(PAGE_MESSAGES))('of the lazy chunk of src/%s are named only there', (where, messages) => {
    const outside = Object.entries(sources)
      .filter(([path]) => !path.startsWith(`../${where}`) && !path.startsWith('./pages/'))
      .map(([, text]) => text)
      .join('\n');
    const used = usedIn(outside);
    expect(Object.keys(messages.en).filter(used)).toEqual([]);
  });
});
