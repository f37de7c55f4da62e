import type { Translations } from '../pageMessages.ts';

/**
 * The about page's messages in every language. They travel in the page's own chunk, so the first
 * screen does not carry them; the page adds them to the catalogues when it loads (pageMessages.ts).
 */
const en = {
  'about.title': 'What an exclusion does and does not do',
  'about.intro': 'Each statement below names the public pages it comes from. Where those pages are silent, we say so rather than guess.',
  'about.sources': 'Sources:',
  'about.unanswered': 'No public source found',
  'about.back': 'Back to the exclusions',
  'about.stops.heading': 'What an exclusion stops',
  'about.stops.1':
    'A care provider you exclude can no longer consult the medical data that care providers share with each other about you through the Belgian hubs and the eHealth platform’s Metahub.',
  'about.stops.2': 'One exclusion counts in every Belgian hub: CoZo, Nexuzhealth, the Brussels Health Network (Abrumet) and the Réseau Santé Wallon.',
  'about.stops.3': 'A health professional excluded for one profession is excluded for all of their professions.',
  'about.stops.4': 'It holds in an emergency too, for as long as you do not revoke it.',
  'about.stops.5':
    'You may exclude a care provider whether or not they treat you or have treated you, for example as a precaution when an ex-partner is a care provider.',
  'about.stops.6': 'You can exclude health professionals of the professions listed in the form, and pharmacies.',
  'about.does-not-stop.heading': 'What it does not stop',
  'about.does-not-stop.1':
    'It does not change access to the records a hospital or other care institution keeps itself: there, the institution’s own security decides. The exclusion is checked when a care provider asks a hub for your shared data.',
  'about.does-not-stop.2':
    'Some hospitals also let you exclude a care provider from their own records; ask the hospital’s ombudsman service. Their rules are their own: a hospital may set such an exclusion aside for a time to ensure continuity of care.',
  'about.does-not-stop.3': 'Nothing is deleted: your records stay with the care providers and institutions that made them.',
  'about.told.heading': 'Is the care provider told?',
  'about.told.1': 'When an excluded care provider asks a hub for your shared data, they are refused.',
  'about.told.2':
    'None of the public pages we found says whether the care provider receives a message when you exclude them. We do not know, so we do not say either way.',
  'about.revoke.heading': 'Changing your mind',
  'about.revoke.1':
    'You can revoke an exclusion at any time, from the list of exclusions. The care provider then has access again under the usual rule: only while there is a therapeutic relationship.',
  'about.revoke.2': 'The history shows every exclusion and every revocation, with when and by whom.',
  'about.who.heading': 'Who can do this',
  'about.who.1': 'You, for yourself; a parent, for their child; and a person you gave a mandate to manage your medical data.',
  'about.help.heading': 'Where to get help',
  'about.help.1': 'The patient portal of your hub shows who consulted your shared documents, and when.',
  'about.help.2':
    'If you think someone looked at your data without the right to, contact that care provider, or the ombudsman service of the hospital where they work.',
} as const;

export const aboutMessages: Translations<typeof en> = {
  en,
  nl: {
    'about.title': 'Wat een uitsluiting wel en niet doet',
    'about.intro':
      'Bij elke uitspraak hieronder staan de openbare pagina’s waar ze vandaan komt. Waar die pagina’s niets over zeggen, zeggen we dat in plaats van te gissen.',
    'about.sources': 'Bronnen:',
    'about.unanswered': 'Geen openbare bron gevonden',
    'about.back': 'Terug naar de uitsluitingen',
    'about.stops.heading': 'Wat een uitsluiting tegenhoudt',
    'about.stops.1':
      'Een zorgverlener die u uitsluit, kan de medische gegevens over u niet meer inkijken die zorgverleners met elkaar delen via de Belgische hubs en de Metahub van het eHealth-platform.',
    'about.stops.2': 'Eén uitsluiting geldt in elke Belgische hub: CoZo, Nexuzhealth, het Brussels Gezondheidsnetwerk (Abrumet) en het Réseau Santé Wallon.',
    'about.stops.3': 'Een gezondheidszorgbeoefenaar die voor één beroep is uitgesloten, is voor al zijn of haar beroepen uitgesloten.',
    'about.stops.4': 'Ze geldt ook in een noodgeval, zolang u ze niet intrekt.',
    'about.stops.5':
      'U mag een zorgverlener uitsluiten, of die u nu behandelt of behandeld heeft of niet, bijvoorbeeld uit voorzorg als een ex-partner zorgverlener is.',
    'about.stops.6': 'U kunt gezondheidszorgbeoefenaars van de beroepen in het formulier uitsluiten, en apotheken.',
    'about.does-not-stop.heading': 'Wat ze niet tegenhoudt',
    'about.does-not-stop.1':
      'Ze verandert niets aan de toegang tot het dossier dat een ziekenhuis of andere zorginstelling zelf bijhoudt: daar beslist de beveiliging van de instelling zelf. De uitsluiting wordt gecontroleerd wanneer een zorgverlener een hub om uw gedeelde gegevens vraagt.',
    'about.does-not-stop.2':
      'Sommige ziekenhuizen laten u ook een zorgverlener uitsluiten van hun eigen dossier; vraag het aan de ombudsdienst van het ziekenhuis. Daar gelden hun eigen regels: een ziekenhuis kan zo’n uitsluiting tijdelijk doorbreken om de continuïteit van de zorg te verzekeren.',
    'about.does-not-stop.3': 'Er wordt niets gewist: uw dossiers blijven bij de zorgverleners en instellingen die ze hebben aangemaakt.',
    'about.told.heading': 'Krijgt de zorgverlener het te horen?',
    'about.told.1': 'Als een uitgesloten zorgverlener een hub om uw gedeelde gegevens vraagt, wordt dat geweigerd.',
    'about.told.2':
      'Geen van de openbare pagina’s die we vonden, zegt of de zorgverlener een bericht krijgt wanneer u hem of haar uitsluit. We weten het niet, dus beweren we het ene noch het andere.',
    'about.revoke.heading': 'Van gedachten veranderen',
    'about.revoke.1':
      'U kunt een uitsluiting op elk moment intrekken, vanuit de lijst met uitsluitingen. De zorgverlener heeft dan weer toegang volgens de gewone regel: alleen zolang er een therapeutische relatie is.',
    'about.revoke.2': 'De geschiedenis toont elke uitsluiting en elke intrekking, met wanneer en door wie.',
    'about.who.heading': 'Wie dit kan doen',
    'about.who.1': 'U, voor uzelf; een ouder, voor zijn of haar kind; en iemand aan wie u een mandaat gaf om uw medische gegevens te beheren.',
    'about.help.heading': 'Waar u hulp vindt',
    'about.help.1': 'Het patiëntenportaal van uw hub toont wie uw gedeelde documenten heeft ingekeken, en wanneer.',
    'about.help.2':
      'Denkt u dat iemand uw gegevens zonder recht heeft ingekeken, neem dan contact op met die zorgverlener, of met de ombudsdienst van het ziekenhuis waar hij of zij werkt.',
  },
  fr: {
    'about.title': 'Ce qu’une exclusion fait et ne fait pas',
    'about.intro':
      'Chaque affirmation ci-dessous cite les pages publiques dont elle provient. Là où ces pages ne disent rien, nous le disons au lieu de deviner.',
    'about.sources': 'Sources :',
    'about.unanswered': 'Aucune source publique trouvée',
    'about.back': 'Retour aux exclusions',
    'about.stops.heading': 'Ce qu’une exclusion empêche',
    'about.stops.1':
      'Un prestataire de soins que vous excluez ne peut plus consulter les données médicales vous concernant que les prestataires de soins partagent entre eux via les hubs belges et le Metahub de la plateforme eHealth.',
    'about.stops.2': 'Une seule exclusion vaut dans chaque hub belge : CoZo, Nexuzhealth, le Réseau Santé Bruxellois (Abrumet) et le Réseau Santé Wallon.',
    'about.stops.3': 'Un professionnel des soins de santé exclu pour une profession est exclu pour toutes ses professions.',
    'about.stops.4': 'Elle vaut aussi en cas d’urgence, aussi longtemps que vous ne la révoquez pas.',
    'about.stops.5':
      'Vous pouvez exclure un prestataire de soins, qu’il vous soigne ou vous ait soigné ou non, par exemple par précaution si un ex-partenaire est prestataire de soins.',
    'about.stops.6': 'Vous pouvez exclure les professionnels des soins de santé des professions proposées dans le formulaire, et les pharmacies.',
    'about.does-not-stop.heading': 'Ce qu’elle n’empêche pas',
    'about.does-not-stop.1':
      'Elle ne change rien à l’accès au dossier qu’un hôpital ou un autre établissement de soins tient lui-même : là, c’est la sécurité de l’établissement qui décide. L’exclusion est vérifiée quand un prestataire de soins demande vos données partagées à un hub.',
    'about.does-not-stop.2':
      'Certains hôpitaux permettent aussi d’exclure un prestataire de soins de leur propre dossier ; adressez-vous au service de médiation de l’hôpital. Leurs règles leur sont propres : un hôpital peut lever temporairement une telle exclusion pour assurer la continuité des soins.',
    'about.does-not-stop.3': 'Rien n’est effacé : vos dossiers restent chez les prestataires de soins et les établissements qui les ont créés.',
    'about.told.heading': 'Le prestataire de soins est-il prévenu ?',
    'about.told.1': 'Quand un prestataire de soins exclu demande vos données partagées à un hub, l’accès lui est refusé.',
    'about.told.2':
      'Aucune des pages publiques que nous avons trouvées ne dit si le prestataire de soins reçoit un message quand vous l’excluez. Nous ne le savons pas, nous n’affirmons donc ni l’un ni l’autre.',
    'about.revoke.heading': 'Changer d’avis',
    'about.revoke.1':
      'Vous pouvez révoquer une exclusion à tout moment, depuis la liste des exclusions. Le prestataire de soins a alors de nouveau accès selon la règle habituelle : uniquement tant qu’il existe une relation thérapeutique.',
    'about.revoke.2': 'L’historique montre chaque exclusion et chaque révocation, avec la date et l’auteur.',
    'about.who.heading': 'Qui peut le faire',
    'about.who.1': 'Vous, pour vous-même ; un parent, pour son enfant ; et une personne à qui vous avez donné un mandat pour gérer vos données médicales.',
    'about.help.heading': 'Où trouver de l’aide',
    'about.help.1': 'Le portail patient de votre hub montre qui a consulté vos documents partagés, et quand.',
    'about.help.2':
      'Si vous pensez que quelqu’un a consulté vos données sans en avoir le droit, contactez ce prestataire de soins, ou le service de médiation de l’hôpital où il travaille.',
  },
  de: {
    'about.title': 'Was ein Ausschluss bewirkt und was nicht',
    'about.intro': 'Zu jeder Aussage unten stehen die öffentlichen Seiten, aus denen sie stammt. Wo diese Seiten schweigen, sagen wir das, statt zu raten.',
    'about.sources': 'Quellen:',
    'about.unanswered': 'Keine öffentliche Quelle gefunden',
    'about.back': 'Zurück zu den Ausschlüssen',
    'about.stops.heading': 'Was ein Ausschluss verhindert',
    'about.stops.1':
      'Ein Gesundheitsdienstleister, den Sie ausschließen, kann die medizinischen Daten über Sie nicht mehr einsehen, die Gesundheitsdienstleister über die belgischen Hubs und den Metahub der eHealth-Plattform miteinander teilen.',
    'about.stops.2': 'Ein Ausschluss gilt in jedem belgischen Hub: CoZo, Nexuzhealth, dem Brüsseler Gesundheitsnetzwerk (Abrumet) und dem Réseau Santé Wallon.',
    'about.stops.3': 'Ein Angehöriger eines Gesundheitsberufs, der für einen Beruf ausgeschlossen ist, ist für alle seine Berufe ausgeschlossen.',
    'about.stops.4': 'Er gilt auch im Notfall, solange Sie ihn nicht widerrufen.',
    'about.stops.5':
      'Sie dürfen einen Gesundheitsdienstleister ausschließen, ob er Sie behandelt oder behandelt hat oder nicht, zum Beispiel vorsorglich, wenn ein früherer Partner Gesundheitsdienstleister ist.',
    'about.stops.6': 'Sie können Angehörige der im Formular genannten Gesundheitsberufe ausschließen, und Apotheken.',
    'about.does-not-stop.heading': 'Was er nicht verhindert',
    'about.does-not-stop.1':
      'Er ändert nichts am Zugriff auf die Akte, die ein Krankenhaus oder eine andere Pflegeeinrichtung selbst führt: Dort entscheidet die Sicherheit der Einrichtung selbst. Der Ausschluss wird geprüft, wenn ein Gesundheitsdienstleister einen Hub nach Ihren geteilten Daten fragt.',
    'about.does-not-stop.2':
      'Manche Krankenhäuser lassen Sie einen Gesundheitsdienstleister auch von ihrer eigenen Akte ausschließen; fragen Sie den Ombudsdienst des Krankenhauses. Dort gelten eigene Regeln: Ein Krankenhaus kann einen solchen Ausschluss zeitweise aufheben, um die Kontinuität der Versorgung zu sichern.',
    'about.does-not-stop.3': 'Es wird nichts gelöscht: Ihre Akten bleiben bei den Gesundheitsdienstleistern und Einrichtungen, die sie angelegt haben.',
    'about.told.heading': 'Erfährt der Gesundheitsdienstleister davon?',
    'about.told.1': 'Fragt ein ausgeschlossener Gesundheitsdienstleister einen Hub nach Ihren geteilten Daten, wird der Zugriff verweigert.',
    'about.told.2':
      'Keine der öffentlichen Seiten, die wir gefunden haben, sagt, ob der Gesundheitsdienstleister eine Nachricht erhält, wenn Sie ihn ausschließen. Wir wissen es nicht und behaupten daher weder das eine noch das andere.',
    'about.revoke.heading': 'Es sich anders überlegen',
    'about.revoke.1':
      'Sie können einen Ausschluss jederzeit in der Liste der Ausschlüsse widerrufen. Der Gesundheitsdienstleister hat dann wieder Zugriff nach der üblichen Regel: nur solange eine therapeutische Beziehung besteht.',
    'about.revoke.2': 'Der Verlauf zeigt jeden Ausschluss und jeden Widerruf, mit Zeitpunkt und Urheber.',
    'about.who.heading': 'Wer das tun kann',
    'about.who.1':
      'Sie, für sich selbst; ein Elternteil, für sein Kind; und eine Person, der Sie ein Mandat zur Verwaltung Ihrer medizinischen Daten gegeben haben.',
    'about.help.heading': 'Wo Sie Hilfe finden',
    'about.help.1': 'Das Patientenportal Ihres Hubs zeigt, wer Ihre geteilten Dokumente eingesehen hat, und wann.',
    'about.help.2':
      'Glauben Sie, dass jemand Ihre Daten ohne Recht eingesehen hat, wenden Sie sich an diesen Gesundheitsdienstleister oder an den Ombudsdienst des Krankenhauses, in dem er arbeitet.',
  },
};
