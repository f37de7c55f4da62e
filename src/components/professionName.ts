import { professionLabelKey } from '../domain/professions';
import type { MessageKey } from '../i18n/catalogue';
import type { Translate } from '../i18n/I18nProvider';

/** A profession as the page's language names it; a code the table does not know, as the service wrote it. */
export function professionName(code: string, t: Translate): string {
  const key = professionLabelKey(code);
  // Every code of the table has its label in every catalogue (a test holds them to it).
  return key ? t(key as MessageKey) : code;
}
