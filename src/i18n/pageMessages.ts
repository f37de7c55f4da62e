import { LANGUAGES, type Language } from '../domain/languages';
import type { PageMessageKey } from './catalogue';

type PageMessages = Record<Language, Partial<Record<PageMessageKey, string>>>;

/** A page's messages: English as written (its keys are the page's), the same keys in every other language. */
export type Translations<English> = Record<Language, Record<keyof English, string>>;

const added = Object.fromEntries(LANGUAGES.map((language) => [language, {}])) as PageMessages;

/**
 * A lazy page's messages (src/i18n/pages/), added by the page's module when it loads: they come
 * in the page's chunk, every language at once, so a language switch on that page needs nothing more.
 */
export function addPageMessages(messages: PageMessages): void {
  for (const language of LANGUAGES) Object.assign(added[language], messages[language]);
}

export function pageMessage(language: Language, key: string): string | undefined {
  return added[language][key as PageMessageKey];
}
