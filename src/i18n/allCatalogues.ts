/**
 * Every message of every language at once, the lazy pages' too, for the build (the first paint
 * carries every language) and the tests. The app itself loads one language's catalogue at a time
 * (catalogues.ts) and each page brings its own messages (pageMessages.ts). A language in the list
 * without a catalogue here is a compile error.
 */
import type { Language } from '../domain/languages.ts';
import type { Catalogue, MessageKey } from './catalogue';
import { de } from './messages/de.ts';
import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { nl } from './messages/nl.ts';
import { PAGE_MESSAGES } from './pages/all.ts';

const core = { nl, fr, de, en } satisfies Record<Language, Catalogue>;

// Every page key is in PAGE_MESSAGES by construction (PageMessageKey is read off it).
const withPages = (language: Language) =>
  Object.assign({}, core[language], ...Object.values(PAGE_MESSAGES).map((page) => page[language])) as Record<MessageKey, string>;

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = {
  nl: withPages('nl'),
  fr: withPages('fr'),
  de: withPages('de'),
  en: withPages('en'),
};
