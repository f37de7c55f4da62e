import { useEffect, useMemo, useState } from 'react';
import { professionName } from '../../components/professionName';
import { LANGUAGES } from '../../domain/languages';
import type { Catalogue, CoreMessageKey } from '../../i18n/catalogue';
import { loadCatalogue } from '../../i18n/catalogues';
import { useI18n } from '../../i18n/I18nProvider';
import type { ProfessionLabels } from './professionSearch';

/**
 * The picker's labels: the page's language at once, every language once its messages are in (the
 * app fetches them all at idle after the first screen, for the language menu; here they come from
 * that cache). A patient may know their dentist as "tandarts" on a French page. A language that
 * cannot load (offline) is left out of the search.
 */
export function useProfessionLabels(): ProfessionLabels {
  const { t } = useI18n();
  const [catalogues, setCatalogues] = useState<readonly Catalogue[]>([]);
  useEffect(() => {
    let current = true;
    void Promise.allSettled(LANGUAGES.map(loadCatalogue)).then((results) => {
      if (current) setCatalogues(results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])));
    });
    return () => {
      current = false;
    };
  }, []);
  return useMemo(
    () => ({
      own: (profession) => professionName(profession.code, t),
      inAnyLanguage: (profession) => catalogues.map((catalogue) => catalogue[`profession.${profession.code}` as CoreMessageKey]),
    }),
    [t, catalogues],
  );
}
