import { LANGUAGE_LIST, LANGUAGES, type Language } from '../domain/languages';

export { LANGUAGE_LIST, LANGUAGES, type Language };

/** The user's own choice, for every visit (localStorage: a language, nothing personal). */
const STORAGE_KEY = 'te.language';
/** The logged-in user's language from their token (`locale`), for this tab only (kept after logout, so the logged-out page speaks it too). */
const TOKEN_LANGUAGE_KEY = 'te.tokenLanguage';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the user picked themselves, if any. */
export function savedLanguage(): Language | undefined {
  const saved = safeStorageGet('localStorage', STORAGE_KEY);
  return isLanguage(saved) ? saved : undefined;
}

/**
 * The user's choice first, then the logged-in user's token language (I.AM Connect's `locale`),
 * then the browser's preferences, then Dutch (the most spoken in Belgium).
 * src/boot/boot.js applies the same rule before the first paint.
 */
export function initialLanguage(): Language {
  const saved = savedLanguage();
  if (saved) return saved;
  const fromToken = safeStorageGet('sessionStorage', TOKEN_LANGUAGE_KEY);
  if (isLanguage(fromToken)) return fromToken;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'nl';
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
}

export function rememberTokenLanguage(language: Language): void {
  try {
    sessionStorage.setItem(TOKEN_LANGUAGE_KEY, language);
  } catch {
    // Storage disabled: the token's language applies to this page only.
  }
}

function safeStorageGet(storage: 'localStorage' | 'sessionStorage', key: string): string | null {
  try {
    return window[storage].getItem(key);
  } catch {
    return null;
  }
}
