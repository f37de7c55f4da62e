import { useMemo } from 'react';
import type { MessageKey } from './catalogues';
import { localeTag, useI18n, type Params, type Translate } from './I18nProvider';
import type { Language } from './locales';
import { dateFormat, numberFormat, pluralRules } from './intlFormats';

/** Messages that exist once per plural form: `<base>.one` and `<base>.other` in every catalogue. */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never }[MessageKey];

export interface Formats {
  /** A count in words by the language's plural rules, the number formatted for Belgium ("1.500 wijzigingen"). */
  plural: (base: PluralBase, count: number, params?: Params) => string;
  formatDate: (date: Date, options?: Intl.DateTimeFormatOptions) => string;
}

export function formats(language: Language, t: Translate): Formats {
  const tag = localeTag(language);
  return {
    // French also has "many" (a million and up): those take the "other" form.
    plural: (base, count, params) =>
      t(`${base}.${pluralRules(tag).select(count) === 'one' ? 'one' : 'other'}` as MessageKey, { ...params, count: numberFormat(tag).format(count) }),
    // One formatter per set of options (intlFormats.ts): a history page formats a date per entry.
    formatDate: (date, options = { dateStyle: 'long' }) => dateFormat(tag, options).format(date),
  };
}

/**
 * Counts and dates in the page's language, for the pages that say them (the history, the form):
 * apart from the first screen, which has none.
 */
export function useFormats(): Formats {
  const { language, t } = useI18n();
  return useMemo(() => formats(language, t), [language, t]);
}
