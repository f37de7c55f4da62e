import { memo, useMemo } from 'react';
import type { HistoryEntryWire } from '../../api/history';
import { describeParty } from '../../domain/party';
import { professionName } from '../../components/professionName';
import { localeTag, useI18n } from '../../i18n/I18nProvider';
import { collator } from '../../i18n/intlFormats';
import { partyKey } from './historyView';
import { providerToken } from './providerToken';
import { useStagedRows } from '../../components/useStagedRows';

/** Options drawn with the filter; the others follow, OPTIONS_PER_FRAME a frame (useStagedRows). */
const FIRST_OPTIONS = 20;
// A select's new options are styled and laid out in the frame that brings them: 750 at once are a
// 100 ms task on a slow phone (CPU ×6), and 150 were still 65–80 ms on a slower machine.
const OPTIONS_PER_FRAME = 50;

/**
 * The care-provider filter: each provider of the history once, with profession and number, so two
 * of the same name can be told apart. Its own component: naming and sorting the providers of a
 * long history (750) is work React can then schedule apart from the page's.
 */
export const ProviderFilter = memo(function ProviderFilter({
  entries,
  value,
  onChange,
}: {
  entries: HistoryEntryWire[];
  /** The provider's token (providerToken.ts), '' for any provider. */
  value: string;
  onChange: (token: string) => void;
}) {
  const { t, language } = useI18n();
  const providers = useMemo(() => {
    const seen = new Map<string, { token: string; label: string }>();
    for (const entry of entries) {
      const key = partyKey(entry);
      if (!key || seen.has(key)) continue;
      const party = describeParty(entry.target, (code) => professionName(code, t), t('exclusions.unknownName'));
      seen.set(key, { token: providerToken(key), label: `${party.name}, ${party.profession}, ${party.identifier}` });
    }
    // One collator for the sort: localeCompare with a language makes one per comparison (7,000
    // for 750 providers: 70 ms on a slow phone).
    const { compare } = collator(localeTag(language));
    return [...seen].sort((a, b) => compare(a[1].label, b[1].label));
  }, [entries, language, t]);
  const options = useStagedRows(providers, FIRST_OPTIONS, OPTIONS_PER_FRAME);

  return (
    <div className="field-inline">
      <label htmlFor="history-party">{t('history.filter.party')}</label>
      <select id="history-party" className="select-many" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('history.filter.anyParty')}</option>
        {options.map(([key, provider]) => (
          <option key={key} value={provider.token}>
            {provider.label}
          </option>
        ))}
      </select>
    </div>
  );
});
