import { useI18n } from '../i18n/I18nProvider';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/locales';

export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="field-inline">
      <label htmlFor="language-picker">{t('shell.language')}</label>
      <select id="language-picker" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
