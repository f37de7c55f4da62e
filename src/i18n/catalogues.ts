import type { Language } from '../domain/professions';
import type { Catalogue } from './catalogue';

export type { MessageKey } from './catalogue';

/** One chunk per language: the first screen loads only the user's (each is some 3 KB gzip). */
const loaders: Record<Language, () => Promise<Catalogue>> = {
  nl: () => import('./messages/nl').then((m) => m.nl),
  fr: () => import('./messages/fr').then((m) => m.fr),
  de: () => import('./messages/de').then((m) => m.de),
  en: () => import('./messages/en').then((m) => m.en),
};

const loaded = new Map<Language, Promise<Catalogue>>();

/** Loads a language's messages once; a failed load (offline) is forgotten so it can be tried again. */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  let catalogue = loaded.get(language);
  if (!catalogue) {
    catalogue = loaders[language]();
    loaded.set(language, catalogue);
    catalogue.catch(() => loaded.delete(language));
  }
  return catalogue;
}

/** Once the first screen is idle: so switching language works at once, and offline. */
export function preloadCatalogues(): void {
  for (const language of Object.keys(loaders) as Language[]) void loadCatalogue(language).catch(() => undefined);
}
