import { LANGUAGES, type Language } from '../domain/languages';
import type { Catalogue } from './catalogue';
import { oneByOneWhenIdle } from '../components/idle';

export type { MessageKey } from './catalogue';

/**
 * One chunk per language: the first screen loads only the user's (each is some 3 KB gzip). Every
 * file in messages/ is one language, exporting its catalogue under the language's code.
 */
const modules = import.meta.glob<Record<string, Catalogue>>('./messages/*.ts');
const loader = (language: Language) => () => modules[`./messages/${language}.ts`]!().then((module) => module[language]!);

const loaded = new Map<Language, Promise<Catalogue>>();

/** Loads a language's messages once; a failed load (offline) is forgotten so it can be tried again. */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  let catalogue = loaded.get(language);
  if (!catalogue) {
    catalogue = loader(language)();
    loaded.set(language, catalogue);
    catalogue.catch(() => loaded.delete(language));
  }
  return catalogue;
}

/** Once the first screen is idle, one language per idle moment: so switching language works at once, and offline. */
export function preloadCatalogues(): Promise<void> {
  return oneByOneWhenIdle(LANGUAGES.map((language) => () => loadCatalogue(language)));
}
