import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
/** The README is for a newcomer (issue 24): measurements and decisions live in docs/. */
const README_MAX_CHARACTERS = 15_000;

/** Relative links and images of a Markdown file: `[text](target)`, web addresses left out. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchor(match[1]!));
}

/** Every relative link of `file` that names a missing file or a heading its file lacks. */
function brokenLinks(file: string): string[] {
  return relativeLinks(readFileSync(file, 'utf8')).filter((link) => {
    const [path = '', hash] = link.split('#');
    const target = path ? join(dirname(file), path) : file;
    if (!existsSync(target)) return true;
    return hash !== undefined && target.endsWith('.md') && !anchorsOf(target).includes(hash);
  });
}

describe('README.md', () => {
  const readme = readFileSync(README, 'utf8');

  it(`stays within ${README_MAX_CHARACTERS} characters`, () => {
    expect(Array.from(readme).length).toBeLessThanOrEqual(README_MAX_CHARACTERS);
  });

  it('links to docs/ files that exist', () => {
    const docsLinks = relativeLinks(readme).filter((link) => link.startsWith('docs/'));
    expect(docsLinks).toEqual(expect.arrayContaining(['docs/performance.md', 'docs/iam-connect.md', 'docs/decisions.md']));
    expect(brokenLinks(README)).toEqual([]);
  });
});

describe('docs/', () => {
  it.each(readdirSync(DOCS).filter((name) => name.endsWith('.md')))('%s links to files and headings that exist', (name) => {
    expect(brokenLinks(join(DOCS, name)).map((link) => `${relative(ROOT, join(DOCS, name))}: ${link}`)).toEqual([]);
  });
});

describe('the link checker', () => {
  it('reads a heading as GitHub anchors it', () => {
    expect(anchor('History: one fetch or growing pageSize')).toBe('history-one-fetch-or-growing-pagesize');
    expect(anchor('The entry chunk and Rolldown')).toBe('the-entry-chunk-and-rolldown');
  });

  it('leaves web addresses out and keeps relative links', () => {
    expect(relativeLinks('[a](https://example.org/x) [b](docs/x.md#y) ![c](docs/s.png)')).toEqual(['docs/x.md#y', 'docs/s.png']);
  });
});
