import type { Translations } from '../pageMessages.ts';

/**
 * The configuration error page's messages in every language. Only the people who run the site
 * should ever see that page: its code and its words are a chunk of their own.
 */
const en = {
  'config.title': 'The app is not configured correctly',
  'config.body': 'Its configuration file could not be used. The people who run this site must correct it:',
} as const;

export const configMessages: Translations<typeof en> = {
  en,
  nl: {
    'config.title': 'De app is niet correct ingesteld',
    'config.body': 'Het configuratiebestand kon niet worden gebruikt. De beheerders van deze site moeten het verbeteren:',
  },
  fr: {
    'config.title': 'L’application n’est pas configurée correctement',
    'config.body': 'Son fichier de configuration n’a pas pu être utilisé. Les responsables de ce site doivent le corriger :',
  },
  de: {
    'config.title': 'Die App ist nicht richtig eingerichtet',
    'config.body': 'Die Konfigurationsdatei der App konnte nicht verwendet werden. Die Betreiber dieser Website müssen sie korrigieren:',
  },
};
