/**
 * The public pages every statement of "What an exclusion does" rests on. A statement names its
 * sources by id; `aboutContent.test.ts` fails on a statement without one or a source nobody cites.
 * `says` is the passage relied on, in the page's own language, so a reviewer can check it without
 * opening the page. Retrieved 2026-11 with the project's search tools (see docs/exclusion-sources.md).
 */
export interface Source {
  publisher: string;
  title: string;
  url: string;
  /** The language the page is written in, so a screen reader reads its title right. */
  lang: 'nl' | 'fr' | 'en';
  says: string;
}

export const SOURCES = {
  cookbook: {
    publisher: 'eHealth platform',
    title: 'Therapeutic Exclusion REST service v2, cookbook v1.2 (sections 2 and 3)',
    url: 'https://www.ehealth.fgov.be/ehealthplatform/nl/search?q=therapeutic+exclusion',
    lang: 'en',
    says: "The existence of an active 'therapeutic exclusion' is a fundamental prerequisite for the citizen to prevent healthcare providers from accessing his medical data. […] if the practitioner has multiple healthcare professions […] and is being excluded for one profession, the practitioner is considered as excluded for other professions as well. […] 'Citizen' means any patient, parent and mandatar of the concerned patient. [Operations: declaration, revocation, consultation, history.]",
  },
  uc316: {
    publisher: 'eHealth platform',
    title: 'UC-316 Put Therapeutic Exclusion (use case)',
    url: 'http://wiki.ivlab.ilabt.imec.be/display/EBS/UC-316-Put+TherExclusion-Patient-Pharmacy',
    lang: 'en',
    says: 'Only following HC Parties can be excluded by citizen: as practitioner: Physician, Nurse, Dentist, Midwife, Audician, Physiotherapist, […] As organization: Pharmacy. A citizen can exclude one or more healthcare parties.',
  },
  ehealthMetahub: {
    publisher: 'eHealth platform',
    title: 'Verwijzingsrepertorium hubs-metahub',
    url: 'https://www.ehealth.fgov.be/ehealthplatform/nl/service-verwijzingsrepertorium-hubs-metahub',
    lang: 'nl',
    says: "De dienst Metahub van het eHealth-platform alsook de bijbehorende diensten 'Consent', 'Therlink' en 'Exclusions' vormen samen een reeks diensten voor het beheer van de toegang tot de medische gegevens van een patiënt. […] Het betreft dus een index van de gezondheidsgegevens van de patiënten. Een dergelijke index is de hoeksteen voor een gedecentraliseerd systeem inzake uitwisseling van gezondheidsgegevens tussen zorgverleners en zorginstellingen.",
  },
  cozoExclude: {
    publisher: 'CoZo (Collaboratief Zorgplatform)',
    title: 'Kan ik ervoor zorgen dat bepaalde zorgverleners geen toegang krijgen tot mijn medische gegevens?',
    url: 'https://www.cozo.be/zorgverleneruitsluiten',
    lang: 'nl',
    says: 'Indien je niet wenst dat een bepaalde zorgverlener ooit nog via CoZo of een andere Belgische eHealth hub (MyNexuzHealth/VznkuL, Abrumet en Réseau Santé Wallon) jouw gedeelde medische resultaten kan bekijken, dan kan je deze zorgverlener uitsluiten […] via www.mijngezondheid.be. Deze uitsluiting geldt enkel voor de inzage van medische resultaten die gedeeld worden via het Belgische eHealth hubs-metahub-uitwisselingssysteem. Een uitsluiting heeft geen invloed op de toegang die zorgverleners hebben in het elektronisch patiëntendossier van de zorginstelling zelf. […] Een zorgverlener waarvoor een uitsluiting is geregistreerd zal in dat geval geen toegang krijgen tot jouw medische gegevens in CoZo.',
  },
  cozoAccess: {
    publisher: 'CoZo (Collaboratief Zorgplatform)',
    title: 'Wie heeft toegang tot mijn medische gegevens en hoe kan ik die toegang beheren?',
    url: 'https://www.cozo.be/wieheefttoegang',
    lang: 'nl',
    says: 'Enkel de (Belgische) zorgverleners met wie u een therapeutische relatie hebt, krijgen toegang tot uw medische gegevens, zolang de behandeling duurt. […] U kunt bepaalde zorgverleners uitsluiten van toegang tot uw medische gegevens.',
  },
  cozoPrivacy: {
    publisher: 'CoZo (Collaboratief Zorgplatform)',
    title: 'Privacyverklaring (II.1, II.2, VIII.2)',
    url: 'https://www.cozo.be/privacyverklaring',
    lang: 'nl',
    says: 'De zorginstelling/zorgverlener bewaart uw patiëntendossier. CoZo geeft weer waar er medische documenten beschikbaar zijn en maakt inzage van op afstand mogelijk. Kan ik zien wie mijn dossier heeft geraadpleegd?',
  },
  rswRights: {
    publisher: 'Réseau Santé Wallon',
    title: 'Mes droits en tant que patient',
    url: 'https://www.reseausantewallon.be/patients/je-minforme/mes-droits-en-tant-que-patient/',
    lang: 'fr',
    says: "Pour des raisons personnelles vous pouvez décider de ne jamais donner accès à un prestataire de soins spécifique, même dans les cas d'urgence. Cette interdiction restera valable aussi longtemps que vous ne rétablirez pas ce droit. […] Si vous remarquez un accès abusif à un de vos documents de santé, vous pouvez directement contacter le prestataire de soins concerné […] Adressez-vous directement au médiateur de l'hôpital où exerce ce prestataire de soins.",
  },
  rswPatientRights: {
    publisher: 'Réseau Santé Wallon',
    title: "Patients' rights",
    url: 'https://www.reseausantewallon.be/EN/patients/Information/general-informations/Pages/PatientRights.aspx',
    lang: 'en',
    says: 'The patient can verify if his medical documents have been consulted, by whom and when.',
  },
  brusselsHealthNetwork: {
    publisher: 'Brussels Health Network (Abrumet)',
    title: 'I can exclude a health professional from my entire shared health records',
    url: 'https://brusselshealthnetwork.be/faqs/i-can-exclude-a-health-professional-from-my-entire-shared-health-records/',
    lang: 'en',
    says: 'For personal reasons you may decide to never give access to a specific care provider, even in an emergency. The ban will remain valid as long as you do not re-establish this right. […] Doctors excluded do not see any shared documents concerning you.',
  },
  nexuzhealth: {
    publisher: 'nexuzhealth',
    title: 'Exclusions',
    url: 'https://www.nexuzhealth.com/en/insights/patients/faq/exclusions',
    lang: 'en',
    says: 'A patient can choose to deny specific healthcare providers access to their file […] The patient may request an exclusion regardless of whether or not a therapeutic relationship exists or has existed.',
  },
  stLucas: {
    publisher: 'AZ Sint-Lucas Gent',
    title: 'Uitsluiting',
    url: 'https://www.stlucas.be/patienten/mijn-dossier/uitsluiting/',
    lang: 'nl',
    says: 'Je kan preventief een uitsluiting aanvragen, bijvoorbeeld als je een ex-partner hebt die een zorgverlener is. Om de continuïteit van de zorg te verzekeren, kan een uitsluiting tijdelijk doorbroken worden.',
  },
  olvz: {
    publisher: 'OLV Ziekenhuis Aalst',
    title: 'Zorgverleners uitsluiten voor toegang tot uw dossier',
    url: 'https://www.olvz.be/nl/ombudsdienst-olv/vaak-gestelde-vragen/zorgverleners-uitsluiten-voor-toegang-tot-uw-dossier',
    lang: 'nl',
    says: "[A page of the hospital's ombudsman service.] Een patiënt kan ervoor opteren specifieke zorgverleners de toegang tot zijn/haar dossier te ontzeggen (de zogenaamde 'uitsluiting' van een zorgverlener). Hierdoor mag een zorgverlener in principe op geen enkele wijze nog toegang krijgen tot het patiëntendossier.",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
