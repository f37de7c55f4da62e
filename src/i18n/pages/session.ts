import type { Translations } from '../pageMessages.ts';

/**
 * The session-expired dialog's messages in every language. They travel in the dialog's own chunk,
 * so the first screen does not carry them; the dialog adds them to the catalogues when it loads.
 */
const en = {
  'session.expired.title': 'Your session has ended',
  'session.expired.body': 'For your safety you were logged out. What you typed is kept: log in again to continue.',
} as const;

export const sessionMessages: Translations<typeof en> = {
  en,
  nl: {
    'session.expired.title': 'Uw sessie is verlopen',
    'session.expired.body': 'Voor uw veiligheid bent u afgemeld. Wat u had ingevuld, blijft bewaard: meld u opnieuw aan om verder te gaan.',
  },
  fr: {
    'session.expired.title': 'Votre session a expiré',
    'session.expired.body': 'Pour votre sécurité, vous avez été déconnecté. Ce que vous avez saisi est conservé : reconnectez-vous pour continuer.',
  },
  de: {
    'session.expired.title': 'Ihre Sitzung ist abgelaufen',
    'session.expired.body': 'Zu Ihrer Sicherheit wurden Sie abgemeldet. Ihre Eingaben bleiben erhalten: Melden Sie sich erneut an, um fortzufahren.',
  },
};
