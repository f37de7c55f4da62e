/**
 * Every catalogue at once, for the build (the first paint carries every language) and the tests.
 * The app itself loads one language at a time (catalogues.ts). A language in the list without a
 * catalogue here is a compile error.
 */
import type { Language } from '../domain/languages.ts';
import type { Catalogue } from './catalogue';
import { de } from './messages/de.ts';
import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { nl } from './messages/nl.ts';

export const CATALOGUES = { nl, fr, de, en } satisfies Record<Language, Catalogue>;
