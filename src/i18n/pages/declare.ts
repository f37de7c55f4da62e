import type { Translations } from '../pageMessages.ts';

/**
 * The declare page's messages in every language. They travel in the page's own chunk, so the first
 * screen does not carry them; the page adds them to the catalogues when it loads (pageMessages.ts).
 */
const en = {
  'declare.title': 'Exclude a care provider',
  'declare.intro': 'An excluded care provider can no longer see the health data of {name}. You can revoke an exclusion at any time.',
  'declare.ssin.self': 'This is your own national register number, not a care provider’s. Enter the care provider’s number.',
  'declare.ssin.patient':
    'This is the national register number of the person whose exclusions you manage, not a care provider’s. Enter the care provider’s number.',
  'declare.profession': 'Profession',
  'declare.profession.hint': 'Type a few letters, then choose from the list with the arrow keys and Enter.',
  'declare.profession.none': 'No profession matches “{query}”.',
  'declare.profession.count.one': '{count} profession matches.',
  'declare.profession.count.other': '{count} professions match.',
  'declare.profession.required': 'Choose the profession from the list.',
  'declare.submit': 'Exclude',
  'declare.submitting': 'Sending…',
  'declare.cancel': 'Cancel',
  'declare.draftRestored': 'What you had typed has been restored.',
  'declare.already': 'This care provider is already excluded.',
  'declare.already.link': 'See the exclusion',
  'declare.failed': 'The exclusion was not sent. {reason} What you typed is kept.',
} as const;

export type DeclareMessageKey = keyof typeof en;

export const declareMessages: Translations<typeof en> = {
  en,
  nl: {
    'declare.title': 'Een zorgverlener uitsluiten',
    'declare.intro': 'Een uitgesloten zorgverlener kan de gezondheidsgegevens van {name} niet meer zien. U kunt een uitsluiting altijd intrekken.',
    'declare.ssin.self': 'Dit is uw eigen rijksregisternummer, niet dat van een zorgverlener. Vul het nummer van de zorgverlener in.',
    'declare.ssin.patient':
      'Dit is het rijksregisternummer van de persoon van wie u de uitsluitingen beheert, niet dat van een zorgverlener. Vul het nummer van de zorgverlener in.',
    'declare.profession': 'Beroep',
    'declare.profession.hint': 'Typ enkele letters en kies dan uit de lijst met de pijltjestoetsen en Enter.',
    'declare.profession.none': 'Geen enkel beroep komt overeen met “{query}”.',
    'declare.profession.count.one': '{count} beroep komt overeen.',
    'declare.profession.count.other': '{count} beroepen komen overeen.',
    'declare.profession.required': 'Kies het beroep uit de lijst.',
    'declare.submit': 'Uitsluiten',
    'declare.submitting': 'Bezig met verzenden…',
    'declare.cancel': 'Annuleren',
    'declare.draftRestored': 'Wat u had ingevuld, is hersteld.',
    'declare.already': 'Deze zorgverlener is al uitgesloten.',
    'declare.already.link': 'De uitsluiting bekijken',
    'declare.failed': 'De uitsluiting is niet verzonden. {reason} Wat u invulde, blijft bewaard.',
  },
  fr: {
    'declare.title': 'Exclure un prestataire de soins',
    'declare.intro': 'Un prestataire exclu ne peut plus voir les données de santé concernant {name}. Vous pouvez révoquer une exclusion à tout moment.',
    'declare.ssin.self': 'C’est votre propre numéro de registre national, pas celui d’un prestataire. Indiquez le numéro du prestataire de soins.',
    'declare.ssin.patient':
      'C’est le numéro de registre national de la personne dont vous gérez les exclusions, pas celui d’un prestataire. Indiquez le numéro du prestataire de soins.',
    'declare.profession': 'Profession',
    'declare.profession.hint': 'Tapez quelques lettres, puis choisissez dans la liste avec les flèches et Entrée.',
    'declare.profession.none': 'Aucune profession ne correspond à « {query} ».',
    'declare.profession.count.one': '{count} profession correspond.',
    'declare.profession.count.other': '{count} professions correspondent.',
    'declare.profession.required': 'Choisissez la profession dans la liste.',
    'declare.submit': 'Exclure',
    'declare.submitting': 'Envoi en cours…',
    'declare.cancel': 'Annuler',
    'declare.draftRestored': 'Ce que vous aviez saisi a été rétabli.',
    'declare.already': 'Ce prestataire de soins est déjà exclu.',
    'declare.already.link': 'Voir l’exclusion',
    'declare.failed': 'L’exclusion n’a pas été envoyée. {reason} Ce que vous avez saisi est conservé.',
  },
  de: {
    'declare.title': 'Einen Gesundheitsdienstleister ausschließen',
    'declare.intro':
      'Ein ausgeschlossener Gesundheitsdienstleister kann die Gesundheitsdaten von {name} nicht mehr sehen. Sie können einen Ausschluss jederzeit widerrufen.',
    'declare.ssin.self':
      'Das ist Ihre eigene Nationalregisternummer, nicht die eines Gesundheitsdienstleisters. Geben Sie die Nummer des Gesundheitsdienstleisters ein.',
    'declare.ssin.patient':
      'Das ist die Nationalregisternummer der Person, deren Ausschlüsse Sie verwalten, nicht die eines Gesundheitsdienstleisters. Geben Sie die Nummer des Gesundheitsdienstleisters ein.',
    'declare.profession': 'Beruf',
    'declare.profession.hint': 'Geben Sie einige Buchstaben ein und wählen Sie dann mit den Pfeiltasten und der Eingabetaste aus der Liste.',
    'declare.profession.none': 'Kein Beruf passt zu „{query}“.',
    'declare.profession.count.one': '{count} Beruf passt.',
    'declare.profession.count.other': '{count} Berufe passen.',
    'declare.profession.required': 'Wählen Sie den Beruf aus der Liste.',
    'declare.submit': 'Ausschließen',
    'declare.submitting': 'Wird gesendet…',
    'declare.cancel': 'Abbrechen',
    'declare.draftRestored': 'Ihre Eingaben wurden wiederhergestellt.',
    'declare.already': 'Dieser Gesundheitsdienstleister ist bereits ausgeschlossen.',
    'declare.already.link': 'Den Ausschluss ansehen',
    'declare.failed': 'Der Ausschluss wurde nicht gesendet. {reason} Ihre Eingaben bleiben erhalten.',
  },
};
