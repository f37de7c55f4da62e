/**
 * The explanation page says nothing without a public source: every statement cites at least one
 * page (or is marked as unanswered), every listed source is cited, and every language is there
 * and translated.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../i18n/allCatalogues';
import { ABOUT_SECTIONS, isUnanswered } from './aboutContent';
import { SOURCES, type SourceId } from './sources';

const statements = ABOUT_SECTIONS.flatMap((section) => section.statements);

describe('What an exclusion does', () => {
  it('backs every statement with a public source, or says none was found', () => {
    for (const statement of statements) {
      if (isUnanswered(statement)) continue;
      expect(statement.sources.length, statement.key).toBeGreaterThan(0);
    }
    // Only the question the sources leave open is unanswered: whether the provider is told.
    expect(statements.filter(isUnanswered).map((statement) => CATALOGUES.en[statement.key])).toEqual([expect.stringContaining('receives a message')]);
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

  it('says every statement in every language (src/i18n/messages.test.ts checks the words themselves)', () => {
    const keys = [...ABOUT_SECTIONS.map((section) => section.heading), ...statements.map((statement) => statement.key)];
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      for (const key of keys) expect(catalogue[key].trim(), `${language} ${key}`).not.toBe('');
    }
  });
});
