import type { Translations } from '../pageMessages.ts';

/**
 * The not-found page's messages in every language. They travel in the page's own chunk, so the
 * first screen does not carry them; the page adds them to the catalogues when it loads (pageMessages.ts).
 */
const en = {
  'page.notFound.title': 'Page not found',
  'page.notFound.body': 'This address does not lead to a page of this app.',
} as const;

export const notFoundMessages: Translations<typeof en> = {
  en,
  nl: {
    'page.notFound.title': 'Pagina niet gevonden',
    'page.notFound.body': 'Dit adres leidt niet naar een pagina van deze app.',
  },
  fr: {
    'page.notFound.title': 'Page introuvable',
    'page.notFound.body': 'Cette adresse ne mène à aucune page de cette application.',
  },
  de: {
    'page.notFound.title': 'Seite nicht gefunden',
    'page.notFound.body': 'Diese Adresse führt zu keiner Seite dieser App.',
  },
};
