/**
 * The explanation page says nothing without a public source: every statement cites at least one
 * page (or is marked as unanswered), every listed source is cited, and every language is there
 * and translated.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/locales';
import { ABOUT_SECTIONS, isUnanswered, type Text } from './aboutContent';
import { SOURCES, type SourceId } from './sources';

const statements = ABOUT_SECTIONS.flatMap((section) => section.statements);
const texts: Text[] = [...ABOUT_SECTIONS.map((section) => section.heading), ...statements.map((statement) => statement.text)];

describe('What an exclusion does', () => {
  it('backs every statement with a public source, or says none was found', () => {
    for (const statement of statements) {
      if (isUnanswered(statement)) continue;
      expect(statement.sources.length, statement.text.en).toBeGreaterThan(0);
    }
    // Only the question the sources leave open is unanswered: whether the provider is told.
    expect(statements.filter(isUnanswered).map((statement) => statement.text.en)).toEqual([expect.stringContaining('receives a message')]);
  });

  it('cites every listed source, each at a public https or http address', () => {
    const cited = new Set<SourceId>(statements.flatMap((statement) => (isUnanswered(statement) ? [] : statement.sources)));
    expect([...cited].sort()).toEqual((Object.keys(SOURCES) as SourceId[]).sort());
    for (const source of Object.values(SOURCES)) {
      expect(new URL(source.url).protocol).toMatch(/^https?:$/);
      expect(source.says.length).toBeGreaterThan(40);
    }
  });

  it('covers what the patient asked: sharing stopped, what is not, being told, revoking, help', () => {
    expect(ABOUT_SECTIONS.map((section) => section.id)).toEqual(['stops', 'does-not-stop', 'told', 'revoke', 'who', 'help']);
  });

  it('says everything in four languages, translated, with French spacing', () => {
    for (const text of texts) {
      for (const language of LANGUAGES) expect(text[language].trim(), `${language}: ${text.en}`).not.toBe('');
      for (const language of ['nl', 'fr', 'de'] as const) expect(text[language], text.en).not.toBe(text.en);
      expect(text.fr, text.en).not.toMatch(/ [:;?!]|[^\s\u00a0\u202f][:;?!]/);
    }
  });
});
