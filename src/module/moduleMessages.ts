/** The few sentences only the module says, in the four languages (the pages' own are src/i18n's). */
import type { Language } from '../domain/languages';

export interface ModuleMessages {
  unauthenticated: string;
  offline: string;
  identifying: string;
  identifyFailed: string;
  retry: string;
}

export const MODULE_MESSAGES: Record<Language, ModuleMessages> = {
  nl: {
    unauthenticated: 'Meld je aan om je therapeutische uitsluitingen te zien.',
    offline: 'Je therapeutische uitsluitingen zijn alleen online te zien. Meld je opnieuw aan met itsme of je eID.',
    identifying: 'Even geduld…',
    identifyFailed: 'We konden niet nagaan wie er aangemeld is.',
    retry: 'Opnieuw proberen',
  },
  fr: {
    unauthenticated: 'Connectez-vous pour voir vos exclusions thérapeutiques.',
    offline: 'Vos exclusions thérapeutiques ne sont visibles qu’en ligne. Reconnectez-vous avec itsme ou votre eID.',
    identifying: 'Un instant…',
    identifyFailed: 'Nous n’avons pas pu vérifier qui est connecté.',
    retry: 'Réessayer',
  },
  de: {
    unauthenticated: 'Melden Sie sich an, um Ihre therapeutischen Ausschlüsse zu sehen.',
    offline: 'Ihre therapeutischen Ausschlüsse sind nur online sichtbar. Melden Sie sich erneut mit itsme oder Ihrer eID an.',
    identifying: 'Einen Moment…',
    identifyFailed: 'Wir konnten nicht prüfen, wer angemeldet ist.',
    retry: 'Erneut versuchen',
  },
  en: {
    unauthenticated: 'Log in to see your therapeutic exclusions.',
    offline: 'Your therapeutic exclusions can only be seen online. Log in again with itsme or your eID.',
    identifying: 'One moment…',
    identifyFailed: 'We could not check who is logged in.',
    retry: 'Try again',
  },
};
