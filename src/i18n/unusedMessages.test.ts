/**
 * Every message in the catalogues is used somewhere in the app: a key no code names is a text
 * translators keep up for nothing. A key counts as used when the source names it as a string, names
 * it as a plural base (`.one` / `.other`), or builds it from a template (`party.${kind}`).
 */
import { describe, expect, it } from 'vitest';
import { en } from './messages/en';

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./messages/**', '!../test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const code = Object.values(sources).join('\n');

/** Every quoted string and template literal in the code; templates become patterns (`${…}` matches one name part). */
function namesInCode(): { literals: Set<string>; templates: RegExp[] } {
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

describe('message keys', () => {
  it('are all used by the app', () => {
    const { literals, templates } = namesInCode();
    const used = (key: string) => literals.has(key) || literals.has(key.replace(/\.(one|other)$/, '')) || templates.some((template) => template.test(key));
    expect(Object.keys(en).filter((key) => !used(key))).toEqual([]);
  });
});
