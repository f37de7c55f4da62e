import type { Translations } from '../pageMessages.ts';

/**
 * The messages of the pages that say why the logged-in area cannot be used, in every language.
 * They travel in those pages' own chunk, so the first screen does not carry them; the chunk adds
 * them to the catalogues when it loads (pageMessages.ts).
 */
const en = {
  'noAccess.title': 'This profile cannot manage exclusions',
  'noAccess.body': 'You are logged in, but this account has no right to manage therapeutic exclusions.',
  'noAccess.who': 'The eHealth platform has not given this account the right to use this service.',
  'noAccess.help': 'If you think this is a mistake, contact the eHealth platform contact centre on 02 788 51 55 (working days, 8:00 to 18:00).',
  'access.failed.title': 'Your access could not be checked',
  'access.failed.body': 'The eHealth identity service did not answer as expected. Try again in a moment.',
  'token.invalid.title': 'Your login cannot be used here',
  'token.invalid.body': 'The identity service sent a login this app cannot read. The people who run this site must check it. What is wrong:',
} as const;

export const accessMessages: Translations<typeof en> = {
  en,
  nl: {
    'noAccess.title': 'Met dit profiel kunt u geen uitsluitingen beheren',
    'noAccess.body': 'U bent aangemeld, maar dit account heeft geen recht om therapeutische uitsluitingen te beheren.',
    'noAccess.who': 'Het eHealth-platform heeft dit account niet het recht gegeven om deze dienst te gebruiken.',
    'noAccess.help':
      'Denkt u dat dit een vergissing is? Neem contact op met het contactcenter van het eHealth-platform op 02 788 51 55 (werkdagen, 8 tot 18 uur).',
    'access.failed.title': 'Uw toegang kon niet worden gecontroleerd',
    'access.failed.body': 'De identiteitsdienst van eHealth antwoordde niet zoals verwacht. Probeer het zo meteen opnieuw.',
    'token.invalid.title': 'Uw aanmelding kan hier niet worden gebruikt',
    'token.invalid.body':
      'De identiteitsdienst stuurde een aanmelding die deze app niet kan lezen. De beheerders van deze site moeten dit nakijken. Wat er mis is:',
  },
  fr: {
    'noAccess.title': 'Ce profil ne permet pas de gérer les exclusions',
    'noAccess.body': 'Vous êtes connecté, mais ce compte n’a pas le droit de gérer les exclusions thérapeutiques.',
    'noAccess.who': 'La plate-forme eHealth n’a pas donné à ce compte le droit d’utiliser ce service.',
    'noAccess.help':
      'Si vous pensez qu’il s’agit d’une erreur, contactez le centre de contact de la plate-forme eHealth au 02 788 51 55 (jours ouvrables, de 8 à 18 heures).',
    'access.failed.title': 'Votre accès n’a pas pu être vérifié',
    'access.failed.body': 'Le service d’identité d’eHealth n’a pas répondu comme prévu. Réessayez dans un instant.',
    'token.invalid.title': 'Votre connexion ne peut pas être utilisée ici',
    'token.invalid.body':
      'Le service d’identité a envoyé une connexion que cette application ne peut pas lire. Les responsables de ce site doivent la vérifier. Ce qui ne va pas :',
  },
  de: {
    'noAccess.title': 'Mit diesem Profil können Sie keine Ausschlüsse verwalten',
    'noAccess.body': 'Sie sind angemeldet, aber dieses Konto hat kein Recht, therapeutische Ausschlüsse zu verwalten.',
    'noAccess.who': 'Die eHealth-Plattform hat diesem Konto nicht das Recht gegeben, diesen Dienst zu nutzen.',
    'noAccess.help':
      'Wenn Sie glauben, dass dies ein Irrtum ist, wenden Sie sich an das Kontaktcenter der eHealth-Plattform unter 02 788 51 55 (werktags von 8 bis 18 Uhr).',
    'access.failed.title': 'Ihr Zugang konnte nicht geprüft werden',
    'access.failed.body': 'Der Identitätsdienst von eHealth hat nicht wie erwartet geantwortet. Versuchen Sie es gleich noch einmal.',
    'token.invalid.title': 'Ihre Anmeldung kann hier nicht verwendet werden',
    'token.invalid.body':
      'Der Identitätsdienst hat eine Anmeldung gesendet, die diese App nicht lesen kann. Die Betreiber dieser Website müssen sie prüfen. Was nicht stimmt:',
  },
};
