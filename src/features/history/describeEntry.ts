import type { HistoryEntryWire } from '../../api/history';
import { applicationName } from '../../config/applications';
import { describeParty } from '../../domain/party';
import { professionName } from '../../components/professionName';
import type { Translate } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/locales';
import { authorOf, authorText } from './historyView';

/** A day's heading: "Tuesday 3 December 2026". */
export const DAY_HEADING: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** An entry in words: its provider, the sentence that says what was done, and who did it (the page and the CSV say the same). */
export function describeEntry(entry: HistoryEntryWire, t: Translate, language: Language, selfSsin: string) {
  const party = describeParty(entry.target, (code) => professionName(code, t), t('exclusions.unknownName'));
  // Mid-sentence a profession is lower case, but German nouns keep their capital.
  const profession = language === 'de' ? party.profession : party.profession.toLocaleLowerCase(language);
  const what = t(entry.operation === 'DECLARE_EXCLUSION' ? 'history.declared' : 'history.revoked', { party: `${party.name}, ${profession}` });
  return { party, what, who: authorText(authorOf(entry), selfSsin, t, (id) => applicationName(id, language)) };
}
