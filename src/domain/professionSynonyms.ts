/**
 * What people call a profession, in any of the four languages, beside its official label: a
 * patient types "huisarts", "GP" or "kiné", not "Arts" or "Kinesitherapeut". Searched in every
 * language whatever the page's, since a Brussels patient may think of their dentist as "tandarts"
 * on a French page. Lower case; accents do not matter (the search folds them).
 */
export const PROFESSION_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  persphysician: [
    'doctor', 'gp', 'general practitioner', 'family doctor', 'specialist', 'paediatrician', 'pediatrician', 'surgeon', 'psychiatrist', 'gynaecologist', 'cardiologist', 'dermatologist',
    'dokter', 'huisarts', 'geneesheer', 'arts', 'specialist', 'kinderarts', 'chirurg', 'psychiater', 'gynaecoloog', 'cardioloog', 'dermatoloog',
    'medecin', 'medecin generaliste', 'generaliste', 'docteur', 'medecin traitant', 'specialiste', 'pediatre', 'chirurgien', 'psychiatre', 'gynecologue', 'cardiologue', 'dermatologue',
    'arzt', 'arztin', 'hausarzt', 'hausarztin', 'doktor', 'facharzt', 'kinderarzt', 'chirurg', 'psychiater', 'frauenarzt', 'kardiologe', 'hautarzt',
  ],
  persnurse: ['nurse', 'home nurse', 'verpleger', 'verpleegster', 'thuisverpleging', 'infirmiere', 'infirmier', 'soins a domicile', 'krankenschwester', 'krankenpfleger', 'pflegefachkraft', 'hauskrankenpflege'],
  persdentist: ['dentist', 'orthodontist', 'tandarts', 'orthodontist', 'dentiste', 'orthodontiste', 'zahnarzt', 'zahnarztin', 'kieferorthopade'],
  persmidwife: ['midwife', 'vroedvrouw', 'verloskundige', 'sage-femme', 'hebamme'],
  persphysiotherapist: ['physio', 'physiotherapist', 'kine', 'kinesist', 'kinesitherapeut', 'fysiotherapeut', 'fysio', 'kinesitherapeute', 'kinesiste', 'physiotherapeute', 'physiotherapeut', 'krankengymnast'],
  perslogopedist: ['speech therapist', 'logopedist', 'logopede', 'orthophoniste', 'logopade', 'sprachtherapeut'],
  persclinicalpsychologist: ['psychologist', 'psychotherapist', 'psycholoog', 'psychotherapeut', 'psychologue', 'psychotherapeute', 'psychologe'],
  persdietician: ['dietitian', 'nutritionist', 'dietist', 'voedingsdeskundige', 'dieteticien', 'nutritionniste', 'diatassistent', 'ernahrungsberater'],
  persoptometrist: ['optician', 'opticien', 'optiker', 'oogmeting'],
  perspodologist: ['podiatrist', 'chiropodist', 'podoloog', 'voetverzorger', 'podologue', 'pedicure', 'fusspfleger', 'podologe'],
  persaudician: ['hearing aid', 'hoorapparaat', 'hoorspecialist', 'appareil auditif', 'horgerate', 'horakustiker'],
  perspracticalnurse: ['care assistant', 'nursing assistant', 'zorgkundige', 'verzorgende', 'aide-soignant', 'aide-soignante', 'pflegehelfer', 'pflegehelferin'],
  persoccupationaltherapist: ['ot', 'ergo', 'ergotherapeut', 'ergotherapeute', 'ergotherapie'],
  persbiologist: ['lab', 'laboratory', 'labo', 'laboratorium', 'laboratoire', 'labor', 'laborant'],
  perstechnician: ['radiographer', 'x-ray', 'imaging', 'radiologie', 'rontgen', 'radiologue', 'imagerie'],
  persoraldentalhygienist: ['dental hygienist', 'hygienist', 'mondhygienist', 'hygieniste dentaire', 'dentalhygienikerin'],
  persorthoptist: ['orthoptie', 'orthoptique', 'orthoptik'],
  perstrussmaker: ['orthotist', 'bandagiste', 'orthopedist', 'orthopedie', 'sanitatshaus'],
  persclinicalorthopedagogist: ['orthopedagogue', 'orthopedagoog', 'orthopedagogue', 'heilpadagoge'],
};
