import type { Language } from '../../i18n/locales';
import type { SourceId } from './sources';

/** One text per language: the compiler refuses a statement missing a language. */
export type Text = Record<Language, string>;

export interface Statement {
  text: Text;
  /** The public pages the statement rests on (at least one; a test checks). */
  sources: readonly SourceId[];
}

/** Something a patient asks that no public source answers: said as such, never guessed. */
export interface Unanswered {
  text: Text;
  unanswered: true;
}

export interface Section {
  id: string;
  heading: Text;
  statements: readonly (Statement | Unanswered)[];
}

export function isUnanswered(statement: Statement | Unanswered): statement is Unanswered {
  return 'unanswered' in statement;
}

/**
 * "What an exclusion does and does not do", statement by statement, each with its sources
 * (sources.ts). Nothing here goes beyond what those pages say; where they are silent, we say so.
 */
export const ABOUT_SECTIONS: readonly Section[] = [
  {
    id: 'stops',
    heading: {
      en: 'What an exclusion stops',
      nl: 'Wat een uitsluiting tegenhoudt',
      fr: 'Ce qu’une exclusion empêche',
      de: 'Was ein Ausschluss verhindert',
    },
    statements: [
      {
        text: {
          en: 'A care provider you exclude can no longer consult the medical data that care providers share with each other about you through the Belgian hubs and the eHealth platform’s Metahub.',
          nl: 'Een zorgverlener die u uitsluit, kan de medische gegevens over u niet meer inkijken die zorgverleners met elkaar delen via de Belgische hubs en de Metahub van het eHealth-platform.',
          fr: 'Un prestataire de soins que vous excluez ne peut plus consulter les données médicales vous concernant que les prestataires de soins partagent entre eux via les hubs belges et le Metahub de la plateforme eHealth.',
          de: 'Ein Gesundheitsdienstleister, den Sie ausschließen, kann die medizinischen Daten über Sie nicht mehr einsehen, die Gesundheitsdienstleister über die belgischen Hubs und den Metahub der eHealth-Plattform miteinander teilen.',
        },
        sources: ['cookbook', 'ehealthMetahub', 'cozoExclude'],
      },
      {
        text: {
          en: 'One exclusion counts in every Belgian hub: CoZo, Nexuzhealth, the Brussels Health Network (Abrumet) and the Réseau Santé Wallon.',
          nl: 'Eén uitsluiting geldt in elke Belgische hub: CoZo, Nexuzhealth, het Brussels Gezondheidsnetwerk (Abrumet) en het Réseau Santé Wallon.',
          fr: 'Une seule exclusion vaut dans chaque hub belge\u00a0: CoZo, Nexuzhealth, le Réseau Santé Bruxellois (Abrumet) et le Réseau Santé Wallon.',
          de: 'Ein Ausschluss gilt in jedem belgischen Hub: CoZo, Nexuzhealth, dem Brüsseler Gesundheitsnetzwerk (Abrumet) und dem Réseau Santé Wallon.',
        },
        sources: ['cozoExclude'],
      },
      {
        text: {
          en: 'A health professional excluded for one profession is excluded for all of their professions.',
          nl: 'Een gezondheidszorgbeoefenaar die voor één beroep is uitgesloten, is voor al zijn of haar beroepen uitgesloten.',
          fr: 'Un professionnel des soins de santé exclu pour une profession est exclu pour toutes ses professions.',
          de: 'Ein Angehöriger eines Gesundheitsberufs, der für einen Beruf ausgeschlossen ist, ist für alle seine Berufe ausgeschlossen.',
        },
        sources: ['cookbook'],
      },
      {
        text: {
          en: 'It holds in an emergency too, for as long as you do not revoke it.',
          nl: 'Ze geldt ook in een noodgeval, zolang u ze niet intrekt.',
          fr: 'Elle vaut aussi en cas d’urgence, aussi longtemps que vous ne la révoquez pas.',
          de: 'Er gilt auch im Notfall, solange Sie ihn nicht widerrufen.',
        },
        sources: ['rswRights', 'brusselsHealthNetwork'],
      },
      {
        text: {
          en: 'You may exclude a care provider whether or not they treat you or have treated you, for example as a precaution when an ex-partner is a care provider.',
          nl: 'U mag een zorgverlener uitsluiten, of die u nu behandelt of behandeld heeft of niet, bijvoorbeeld uit voorzorg als een ex-partner zorgverlener is.',
          fr: 'Vous pouvez exclure un prestataire de soins, qu’il vous soigne ou vous ait soigné ou non, par exemple par précaution si un ex-partenaire est prestataire de soins.',
          de: 'Sie dürfen einen Gesundheitsdienstleister ausschließen, ob er Sie behandelt oder behandelt hat oder nicht, zum Beispiel vorsorglich, wenn ein früherer Partner Gesundheitsdienstleister ist.',
        },
        sources: ['nexuzhealth', 'stLucas'],
      },
      {
        text: {
          en: 'You can exclude health professionals of the professions listed in the form, and pharmacies.',
          nl: 'U kunt gezondheidszorgbeoefenaars van de beroepen in het formulier uitsluiten, en apotheken.',
          fr: 'Vous pouvez exclure les professionnels des soins de santé des professions proposées dans le formulaire, et les pharmacies.',
          de: 'Sie können Angehörige der im Formular genannten Gesundheitsberufe ausschließen, und Apotheken.',
        },
        sources: ['uc316', 'cookbook'],
      },
    ],
  },
  {
    id: 'does-not-stop',
    heading: {
      en: 'What it does not stop',
      nl: 'Wat ze niet tegenhoudt',
      fr: 'Ce qu’elle n’empêche pas',
      de: 'Was er nicht verhindert',
    },
    statements: [
      {
        text: {
          en: 'It does not change access to the records a hospital or other care institution keeps itself: there, the institution’s own security decides. The exclusion is checked when a care provider asks a hub for your shared data.',
          nl: 'Ze verandert niets aan de toegang tot het dossier dat een ziekenhuis of andere zorginstelling zelf bijhoudt: daar beslist de beveiliging van de instelling zelf. De uitsluiting wordt gecontroleerd wanneer een zorgverlener een hub om uw gedeelde gegevens vraagt.',
          fr: 'Elle ne change rien à l’accès au dossier qu’un hôpital ou un autre établissement de soins tient lui-même\u00a0: là, c’est la sécurité de l’établissement qui décide. L’exclusion est vérifiée quand un prestataire de soins demande vos données partagées à un hub.',
          de: 'Er ändert nichts am Zugriff auf die Akte, die ein Krankenhaus oder eine andere Pflegeeinrichtung selbst führt: Dort entscheidet die Sicherheit der Einrichtung selbst. Der Ausschluss wird geprüft, wenn ein Gesundheitsdienstleister einen Hub nach Ihren geteilten Daten fragt.',
        },
        sources: ['cozoExclude'],
      },
      {
        text: {
          en: 'Some hospitals also let you exclude a care provider from their own records; ask the hospital’s ombudsman service. Their rules are their own: a hospital may set such an exclusion aside for a time to ensure continuity of care.',
          nl: 'Sommige ziekenhuizen laten u ook een zorgverlener uitsluiten van hun eigen dossier; vraag het aan de ombudsdienst van het ziekenhuis. Daar gelden hun eigen regels: een ziekenhuis kan zo’n uitsluiting tijdelijk doorbreken om de continuïteit van de zorg te verzekeren.',
          fr: 'Certains hôpitaux permettent aussi d’exclure un prestataire de soins de leur propre dossier\u00a0; adressez-vous au service de médiation de l’hôpital. Leurs règles leur sont propres\u00a0: un hôpital peut lever temporairement une telle exclusion pour assurer la continuité des soins.',
          de: 'Manche Krankenhäuser lassen Sie einen Gesundheitsdienstleister auch von ihrer eigenen Akte ausschließen; fragen Sie den Ombudsdienst des Krankenhauses. Dort gelten eigene Regeln: Ein Krankenhaus kann einen solchen Ausschluss zeitweise aufheben, um die Kontinuität der Versorgung zu sichern.',
        },
        sources: ['stLucas', 'olvz'],
      },
      {
        text: {
          en: 'Nothing is deleted: your records stay with the care providers and institutions that made them.',
          nl: 'Er wordt niets gewist: uw dossiers blijven bij de zorgverleners en instellingen die ze hebben aangemaakt.',
          fr: 'Rien n’est effacé\u00a0: vos dossiers restent chez les prestataires de soins et les établissements qui les ont créés.',
          de: 'Es wird nichts gelöscht: Ihre Akten bleiben bei den Gesundheitsdienstleistern und Einrichtungen, die sie angelegt haben.',
        },
        sources: ['cozoPrivacy', 'ehealthMetahub'],
      },
    ],
  },
  {
    id: 'told',
    heading: {
      en: 'Is the care provider told?',
      nl: 'Krijgt de zorgverlener het te horen?',
      fr: 'Le prestataire de soins est-il prévenu\u00a0?',
      de: 'Erfährt der Gesundheitsdienstleister davon?',
    },
    statements: [
      {
        text: {
          en: 'When an excluded care provider asks a hub for your shared data, they are refused.',
          nl: 'Als een uitgesloten zorgverlener een hub om uw gedeelde gegevens vraagt, wordt dat geweigerd.',
          fr: 'Quand un prestataire de soins exclu demande vos données partagées à un hub, l’accès lui est refusé.',
          de: 'Fragt ein ausgeschlossener Gesundheitsdienstleister einen Hub nach Ihren geteilten Daten, wird der Zugriff verweigert.',
        },
        sources: ['cozoExclude', 'brusselsHealthNetwork'],
      },
      {
        text: {
          en: 'None of the public pages we found says whether the care provider receives a message when you exclude them. We do not know, so we do not say either way.',
          nl: 'Geen van de openbare pagina’s die we vonden, zegt of de zorgverlener een bericht krijgt wanneer u hem of haar uitsluit. We weten het niet, dus beweren we het ene noch het andere.',
          fr: 'Aucune des pages publiques que nous avons trouvées ne dit si le prestataire de soins reçoit un message quand vous l’excluez. Nous ne le savons pas, nous n’affirmons donc ni l’un ni l’autre.',
          de: 'Keine der öffentlichen Seiten, die wir gefunden haben, sagt, ob der Gesundheitsdienstleister eine Nachricht erhält, wenn Sie ihn ausschließen. Wir wissen es nicht und behaupten daher weder das eine noch das andere.',
        },
        unanswered: true,
      },
    ],
  },
  {
    id: 'revoke',
    heading: {
      en: 'Changing your mind',
      nl: 'Van gedachten veranderen',
      fr: 'Changer d’avis',
      de: 'Es sich anders überlegen',
    },
    statements: [
      {
        text: {
          en: 'You can revoke an exclusion at any time, from the list of exclusions. The care provider then has access again under the usual rule: only while there is a therapeutic relationship.',
          nl: 'U kunt een uitsluiting op elk moment intrekken, vanuit de lijst met uitsluitingen. De zorgverlener heeft dan weer toegang volgens de gewone regel: alleen zolang er een therapeutische relatie is.',
          fr: 'Vous pouvez révoquer une exclusion à tout moment, depuis la liste des exclusions. Le prestataire de soins a alors de nouveau accès selon la règle habituelle\u00a0: uniquement tant qu’il existe une relation thérapeutique.',
          de: 'Sie können einen Ausschluss jederzeit in der Liste der Ausschlüsse widerrufen. Der Gesundheitsdienstleister hat dann wieder Zugriff nach der üblichen Regel: nur solange eine therapeutische Beziehung besteht.',
        },
        sources: ['cookbook', 'rswRights', 'cozoAccess'],
      },
      {
        text: {
          en: 'The history shows every exclusion and every revocation, with when and by whom.',
          nl: 'De geschiedenis toont elke uitsluiting en elke intrekking, met wanneer en door wie.',
          fr: 'L’historique montre chaque exclusion et chaque révocation, avec la date et l’auteur.',
          de: 'Der Verlauf zeigt jeden Ausschluss und jeden Widerruf, mit Zeitpunkt und Urheber.',
        },
        sources: ['cookbook'],
      },
    ],
  },
  {
    id: 'who',
    heading: {
      en: 'Who can do this',
      nl: 'Wie dit kan doen',
      fr: 'Qui peut le faire',
      de: 'Wer das tun kann',
    },
    statements: [
      {
        text: {
          en: 'You, for yourself; a parent, for their child; and a person you gave a mandate to manage your medical data.',
          nl: 'U, voor uzelf; een ouder, voor zijn of haar kind; en iemand aan wie u een mandaat gaf om uw medische gegevens te beheren.',
          fr: 'Vous, pour vous-même\u00a0; un parent, pour son enfant\u00a0; et une personne à qui vous avez donné un mandat pour gérer vos données médicales.',
          de: 'Sie, für sich selbst; ein Elternteil, für sein Kind; und eine Person, der Sie ein Mandat zur Verwaltung Ihrer medizinischen Daten gegeben haben.',
        },
        sources: ['cookbook'],
      },
    ],
  },
  {
    id: 'help',
    heading: {
      en: 'Where to get help',
      nl: 'Waar u hulp vindt',
      fr: 'Où trouver de l’aide',
      de: 'Wo Sie Hilfe finden',
    },
    statements: [
      {
        text: {
          en: 'The patient portal of your hub shows who consulted your shared documents, and when.',
          nl: 'Het patiëntenportaal van uw hub toont wie uw gedeelde documenten heeft ingekeken, en wanneer.',
          fr: 'Le portail patient de votre hub montre qui a consulté vos documents partagés, et quand.',
          de: 'Das Patientenportal Ihres Hubs zeigt, wer Ihre geteilten Dokumente eingesehen hat, und wann.',
        },
        sources: ['rswPatientRights', 'cozoPrivacy'],
      },
      {
        text: {
          en: 'If you think someone looked at your data without the right to, contact that care provider, or the ombudsman service of the hospital where they work.',
          nl: 'Denkt u dat iemand uw gegevens zonder recht heeft ingekeken, neem dan contact op met die zorgverlener, of met de ombudsdienst van het ziekenhuis waar hij of zij werkt.',
          fr: 'Si vous pensez que quelqu’un a consulté vos données sans en avoir le droit, contactez ce prestataire de soins, ou le service de médiation de l’hôpital où il travaille.',
          de: 'Glauben Sie, dass jemand Ihre Daten ohne Recht eingesehen hat, wenden Sie sich an diesen Gesundheitsdienstleister oder an den Ombudsdienst des Krankenhauses, in dem er arbeitet.',
        },
        sources: ['rswRights'],
      },
    ],
  },
];
