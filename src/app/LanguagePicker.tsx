import { startTransition, useOptimistic } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LANGUAGE_LIST, type Language } from '../i18n/locales';

export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  // The choice shows at once while the page is drawn in it (a transition), and springs back if
  // its messages cannot be fetched.
  const [shown, setShown] = useOptimistic(language);
  const choose = (next: Language) =>
    startTransition(async () => {
      setShown(next);
      await setLanguage(next);
    });
  return (
    <div className="field-inline">
      <label htmlFor="language-picker">{t('shell.language')}</label>
      <select id="language-picker" value={shown} onChange={(event) => choose(event.target.value as Language)}>
        {/* Each language named in itself, so a user can find their own whatever the current one. */}
        {LANGUAGE_LIST.map(({ code, name }) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
