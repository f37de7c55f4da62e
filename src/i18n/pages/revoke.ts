import type { Translations } from '../pageMessages.ts';

/**
 * The revoke dialog's messages in every language. They travel in the dialog's own chunk, so the
 * first screen does not carry them; the dialog adds them to the catalogues when it loads (pageMessages.ts).
 */
const en = {
  'revoke.title': 'Revoke the exclusion of {name}?',
  'revoke.body': 'After revoking, {name} can again see the health data of {patient} while there is a therapeutic relationship.',
  'revoke.confirm': 'Yes, revoke',
  'revoke.cancel': 'Cancel',
  'revoke.pending': 'Revoking…',
} as const;

export const revokeMessages: Translations<typeof en> = {
  en,
  nl: {
    'revoke.title': 'De uitsluiting van {name} intrekken?',
    'revoke.body': 'Na het intrekken kan {name} de gezondheidsgegevens van {patient} weer zien zolang er een therapeutische relatie is.',
    'revoke.confirm': 'Ja, intrekken',
    'revoke.cancel': 'Annuleren',
    'revoke.pending': 'Bezig met intrekken…',
  },
  fr: {
    'revoke.title': 'Révoquer l’exclusion visant {name} ?',
    'revoke.body': 'Après la révocation, {name} pourra de nouveau voir les données de santé concernant {patient} dans le cadre d’une relation thérapeutique.',
    'revoke.confirm': 'Oui, révoquer',
    'revoke.cancel': 'Annuler',
    'revoke.pending': 'Révocation en cours…',
  },
  de: {
    'revoke.title': 'Den Ausschluss von {name} widerrufen?',
    'revoke.body': 'Nach dem Widerruf kann {name} die Gesundheitsdaten von {patient} wieder sehen, wenn eine Behandlung stattfindet.',
    'revoke.confirm': 'Ja, widerrufen',
    'revoke.cancel': 'Abbrechen',
    'revoke.pending': 'Wird widerrufen…',
  },
};
