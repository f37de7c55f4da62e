import { createContext, startTransition, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Catalogue } from './catalogue';
import { loadCatalogue, type MessageKey } from './catalogues';
import { LANGUAGE_LIST, saveLanguage, type Language } from './locales';
import { pageMessage } from './pageMessages';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

interface I18n {
  language: Language;
  /**
   * `remember: false` for a default that is not the user's choice (the token's language). Settles
   * once the page's render in it is under way, or the language stayed (its messages could not be fetched).
   */
  setLanguage: (language: Language, options?: { remember?: boolean }) => Promise<void>;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** BCP 47 tags for Belgium, so dates and numbers follow Belgian conventions. */
export function localeTag(language: Language): string {
  return LANGUAGE_LIST.find((entry) => entry.code === language)!.tag;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * The language's catalogue, then the messages the lazy pages added for it. A key neither holds
 * (a page's message asked for before its page loaded: a bug, src/i18n/unusedMessages.test.ts
 * checks where they are named) shows as the key rather than breaking the page.
 */
export function translator(messages: Partial<Record<MessageKey, string>>, language?: Language): Translate {
  return (key, params) => interpolate(messages[key] ?? (language && pageMessage(language, key)) ?? key, params);
}

/** A language with its messages, loaded before the app renders (see main.tsx). */
export interface LoadedLanguage {
  language: Language;
  catalogue: Catalogue;
}

/**
 * `ownsDocument`: the standalone app sets `<html lang>`; inside a MyHealth host the document is the
 * host's (the module marks its own root instead).
 */
export function I18nProvider({ children, initial, ownsDocument = true }: { children: ReactNode; initial: LoadedLanguage; ownsDocument?: boolean }) {
  const [current, setCurrent] = useState(initial);
  const { language, catalogue } = current;
  // The last choice wins, however the loads of earlier ones end.
  const requested = useRef(initial.language);

  // In the frame that brings the new words: a change of `lang` styles and lays out every text
  // again (fonts are chosen anew), those of a long list's rows too unless they carry their own
  // (useStagedLanguage), and a frame of its own did the page's texts twice.
  useLayoutEffect(() => {
    if (ownsDocument) document.documentElement.lang = language;
  }, [language, ownsDocument]);

  const setLanguage = useCallback((next: Language, options?: { remember?: boolean }) => {
    requested.current = next;
    return loadCatalogue(next).then(
      (messages) => {
        if (requested.current !== next) return;
        if (options?.remember !== false) saveLanguage(next);
        // Every text of the page changes: drawn in a render React can interrupt (a list of 201
        // rows held a slow phone's main thread for 50 ms in one go), the page staying as it was meanwhile.
        startTransition(() => setCurrent({ language: next, catalogue: messages }));
      },
      // Offline before the messages were fetched (they are preloaded once the page is idle): the
      // page, the picker (a controlled select) and the saved choice stay as they were.
      () => undefined,
    );
  }, []);

  const value = useMemo<I18n>(() => ({ language, setLanguage, t: translator(catalogue, language) }), [language, catalogue, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
