// The picker's search, apart from the professions table: the list page shows labels, only the
// declare page searches, so the synonyms travel in its chunk.
import { PRACTITIONER_PROFESSIONS, type Profession } from '../../domain/professions';
import { PROFESSION_SYNONYMS } from './professionSynonyms';

/** A profession's label in the page's language, and its labels in every language whose messages are loaded. */
export interface ProfessionLabels {
  own: (profession: Profession) => string;
  inAnyLanguage: (profession: Profession) => readonly string[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The picker's filter, accent- and case-insensitive: professions whose label in the page's language
 * contains the query come first, then those found by another language's label or by what people
 * call them (PROFESSION_SYNONYMS: "huisarts", "GP", "kiné"). Below three letters the other names
 * must start with the query, so "ar" does not find everything.
 */
export function searchProfessions(query: string, labels: ProfessionLabels): Profession[] {
  const needle = fold(query.trim());
  const names = (p: Profession) => [...labels.inAnyLanguage(p), ...(PROFESSION_SYNONYMS[p.code] ?? [])].map(fold);
  const matchesOther = (name: string) => (needle.length >= 3 ? name.includes(needle) : name.split(/[\s(-]+/).some((word) => word.startsWith(needle)));
  const own = PRACTITIONER_PROFESSIONS.filter((p) => fold(labels.own(p)).includes(needle));
  const others = PRACTITIONER_PROFESSIONS.filter((p) => !own.includes(p) && names(p).some(matchesOther));
  return [...own, ...others];
}
