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
  'party.practitioner.hint': 'A doctor, nurse, dentist, physiotherapist… identified by their national register number.',
  'party.pharmacy.hint': 'Identified by its NIHII number: 8 digits given to each pharmacy by the national health insurance institute (RIZIV / INAMI).',
  'party.ssin.hint': 'Not your own number: the care provider’s. Ask the care provider or their practice for it. 11 digits, for example 85.07.30-033.28.',
  'party.nihii.hint': '8 digits, for example 62045158. Ask the pharmacy for it.',
} as const;

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
    'party.practitioner.hint': 'Een arts, verpleegkundige, tandarts, kinesitherapeut… geïdentificeerd met het rijksregisternummer.',
    'party.pharmacy.hint':
      'Geïdentificeerd met het RIZIV-nummer: 8 cijfers die het Rijksinstituut voor ziekte- en invaliditeitsverzekering aan elke apotheek geeft.',
    'party.ssin.hint':
      'Niet uw eigen nummer, maar dat van de zorgverlener. Vraag het aan de zorgverlener of de praktijk. 11 cijfers, bijvoorbeeld 85.07.30-033.28.',
    'party.nihii.hint': '8 cijfers, bijvoorbeeld 62045158. Vraag het aan de apotheek.',
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
    'party.practitioner.hint': 'Un médecin, infirmier, dentiste, kinésithérapeute… identifié par son numéro de registre national.',
    'party.pharmacy.hint': 'Identifiée par son numéro INAMI : 8 chiffres attribués à chaque pharmacie par l’Institut national d’assurance maladie-invalidité.',
    'party.ssin.hint':
      'Pas votre propre numéro, mais celui du prestataire de soins. Demandez-le au prestataire ou à son cabinet. 11 chiffres, par exemple 85.07.30-033.28.',
    'party.nihii.hint': '8 chiffres, par exemple 62045158. Demandez-le à la pharmacie.',
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
    'party.practitioner.hint': 'Ein Arzt, Krankenpfleger, Zahnarzt, Physiotherapeut… identifiziert durch die Nationalregisternummer.',
    'party.pharmacy.hint':
      'Identifiziert durch ihre LIKIV-Nummer: 8 Ziffern, die das Landesinstitut für Kranken- und Invalidenversicherung jeder Apotheke zuteilt.',
    'party.ssin.hint':
      'Nicht Ihre eigene Nummer, sondern die des Gesundheitsdienstleisters. Fragen Sie ihn oder seine Praxis danach. 11 Ziffern, zum Beispiel 85.07.30-033.28.',
    'party.nihii.hint': '8 Ziffern, zum Beispiel 62045158. Fragen Sie die Apotheke danach.',
  },
};
