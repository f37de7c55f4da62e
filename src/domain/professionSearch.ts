// The picker's search, apart from the professions table: the list page shows labels, only the
// declare page searches, so the synonyms travel in its chunk.
import { PRACTITIONER_PROFESSIONS, type Language, type Profession } from './professions';
import { PROFESSION_SYNONYMS } from './professionSynonyms';

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
export function searchProfessions(query: string, language: Language): Profession[] {
  const needle = fold(query.trim());
  const names = (p: Profession) => [...Object.values(p.labels), ...(PROFESSION_SYNONYMS[p.code] ?? [])].map(fold);
  const matchesOther = (name: string) => (needle.length >= 3 ? name.includes(needle) : name.split(/[\s(-]+/).some((word) => word.startsWith(needle)));
  const own = PRACTITIONER_PROFESSIONS.filter((p) => fold(p.labels[language]).includes(needle));
  const others = PRACTITIONER_PROFESSIONS.filter((p) => !own.includes(p) && names(p).some(matchesOther));
  return [...own, ...others];
}
