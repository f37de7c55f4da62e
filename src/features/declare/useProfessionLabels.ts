import { useEffect, useMemo, useState } from 'react';
import { professionName } from '../../components/professionName';
import { LANGUAGES } from '../../domain/languages';
import { loadCatalogue } from '../../i18n/catalogues';
import { translator, useI18n, type Translate } from '../../i18n/I18nProvider';
import type { ProfessionLabels } from './professionSearch';

/**
 * The picker's labels: the page's language at once, every language once its messages are in, asked
 * for once the patient is `searching` (the app fetches them all at idle after the first screen, for
 * the language menu, so they mostly come from that cache; a reload of the form has not got them yet,
 * and they must not hold up its first paint). A patient may know their dentist as "tandarts" on a
 * French page. A language that cannot load (offline) is left out of the search.
 */
export function useProfessionLabels(searching: boolean): ProfessionLabels {
  const { t } = useI18n();
  const [languages, setLanguages] = useState<readonly Translate[]>([]);
  useEffect(() => {
    if (!searching) return;
    let current = true;
    void Promise.allSettled(LANGUAGES.map(loadCatalogue)).then((results) => {
      if (current) setLanguages(results.flatMap((result) => (result.status === 'fulfilled' ? [translator(result.value)] : [])));
    });
    return () => {
      current = false;
    };
  }, [searching]);
  return useMemo(
    () => ({
      own: (profession) => professionName(profession.code, t),
      inAnyLanguage: (profession) => languages.map((inLanguage) => professionName(profession.code, inLanguage)),
    }),
    [t, languages],
  );
}
