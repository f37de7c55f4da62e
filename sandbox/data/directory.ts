/**
 * The CoBRHa stand-in: who is a registered care provider, with which professions.
 * Fixed entries that tests name, plus a deterministic generated population.
 */
import { withNihiiCheckDigits } from '../../src/domain/nihii';
import { PRACTITIONER_PROFESSIONS } from '../../src/domain/professions';
import { withSsinCheckDigits } from '../../src/domain/ssin';

export interface Practitioner {
  ssin: string;
  firstName: string;
  lastName: string;
  professions: string[];
}

export interface Pharmacy {
  nihii: string;
  name: string;
}

export const FIXED_PRACTITIONERS: readonly Practitioner[] = [
  { ssin: '72051430150', firstName: 'Jan', lastName: 'Maes', professions: ['persphysician'] },
  { ssin: '88120140245', firstName: 'Els', lastName: 'Wouters', professions: ['persnurse'] },
  { ssin: '66022850357', firstName: 'Luc', lastName: 'Lemaire', professions: ['persdentist'] },
  { ssin: '83041712272', firstName: 'Sarah', lastName: 'Willems', professions: ['persphysiotherapist'] },
  { ssin: '75082161102', firstName: 'Pieter', lastName: 'Goossens', professions: ['persphysician', 'persclinicalpsychologist'] },
];

export const FIXED_PHARMACIES: readonly Pharmacy[] = [
  { nihii: '62045158', name: 'Apotheek Centrum' },
  { nihii: '65120355', name: 'Pharmacie du Parc' },
  { nihii: '68001750', name: 'Apotheek <img src=x onerror=alert(1)> "De Linde" & Zn' },
];

const FIRST_NAMES = [
  'Emma',
  'Noah',
  'Louise',
  'Arthur',
  'Olivia',
  'Jules',
  'Elena',
  'Lucas',
  'Mila',
  'Adam',
  'Julie',
  'Victor',
  'Lotte',
  'Finn',
  'Chloé',
  'Mathis',
  'Nora',
  'Liam',
  'Anaïs',
  'Lukas',
];
const LAST_NAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'Dupont',
  'Martin',
  'Simon',
  'Laurent',
  'Leroy',
  'Schmitz',
  'Müller',
  'Renard',
];
const TOWNS = ['Gent', 'Liège', 'Eupen', 'Brugge', 'Namur', 'Leuven', 'Mons', 'Hasselt', 'Arlon', 'Mechelen'];

/** mulberry32: a tiny seeded PRNG, so every run builds the same directory. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const GENERATED_PRACTITIONERS = 5000;
export const GENERATED_PHARMACIES = 500;

function generate(): { practitioners: Practitioner[]; pharmacies: Pharmacy[] } {
  const random = seededRandom(316);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const taken = new Set<string>(FIXED_PRACTITIONERS.map((p) => p.ssin));
  const practitioners: Practitioner[] = [];
  for (let i = 0; practitioners.length < GENERATED_PRACTITIONERS; i++) {
    // Born 1945-1999, so the pre-2000 check-digit rule applies.
    const nine =
      pad(45 + Math.floor(random() * 55), 2) +
      pad(1 + Math.floor(random() * 12), 2) +
      pad(1 + Math.floor(random() * 28), 2) +
      pad(1 + Math.floor(random() * 997), 3);
    const ssin = withSsinCheckDigits(nine);
    if (taken.has(ssin)) continue;
    taken.add(ssin);
    const profession = PRACTITIONER_PROFESSIONS[practitioners.length % PRACTITIONER_PROFESSIONS.length]!.code;
    practitioners.push({ ssin, firstName: pick(FIRST_NAMES), lastName: pick(LAST_NAMES), professions: [profession] });
  }
  const takenNihii = new Set<string>(FIXED_PHARMACIES.map((p) => p.nihii));
  const pharmacies: Pharmacy[] = [];
  while (pharmacies.length < GENERATED_PHARMACIES) {
    const nihii = withNihiiCheckDigits(pad(500000 + Math.floor(random() * 400000), 6));
    if (takenNihii.has(nihii)) continue;
    takenNihii.add(nihii);
    const town = pick(TOWNS);
    const name = random() < 0.5 ? `Apotheek ${pick(LAST_NAMES)} ${town}` : `Pharmacie ${pick(LAST_NAMES)} ${town}`;
    pharmacies.push({ nihii, name });
  }
  return { practitioners, pharmacies };
}

export interface Directory {
  practitioner(ssin: string): Practitioner | undefined;
  pharmacy(nihii: string): Pharmacy | undefined;
  practitioners: readonly Practitioner[];
  pharmacies: readonly Pharmacy[];
}

export function buildDirectory(): Directory {
  const generated = generate();
  const practitioners = [...FIXED_PRACTITIONERS, ...generated.practitioners];
  const pharmacies = [...FIXED_PHARMACIES, ...generated.pharmacies];
  const bySsin = new Map(practitioners.map((p) => [p.ssin, p]));
  const byNihii = new Map(pharmacies.map((p) => [p.nihii, p]));
  return {
    practitioner: (ssin) => bySsin.get(ssin),
    pharmacy: (nihii) => byNihii.get(nihii),
    practitioners,
    pharmacies,
  };
}
