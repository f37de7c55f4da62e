import { useId, useState, type FormEvent } from 'react';
import type { PartyRef } from '../../domain/party';
import { validateOrganisationNihii } from '../../domain/nihii';
import { validateSsin } from '../../domain/ssin';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { rootOf } from '../../components/rootNode';

/** Looks up one party with the API's own filter (hcPartySsin / hcPartyNihii). Kept out of the URL: numbers are personal. */
export function PartyLookup({ active, onLookup, onClear }: { active: boolean; onLookup: (party: PartyRef) => void; onClear: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<PartyRef['type']>('ssin');
  const [value, setValue] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = kind === 'ssin' ? validateSsin(value) : validateOrganisationNihii(value);
    if (!result.ok) {
      setError(result.problem);
      rootOf(event.currentTarget).getElementById(`${id}-value`)?.focus();
      return;
    }
    setError(null);
    onLookup({ type: kind, value: result.value });
  };

  return (
    <form className="lookup" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('exclusions.filter.legend')}</legend>
        <div className="field-inline">
          <label htmlFor={`${id}-kind`}>{t('party.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              // A new kind is a new search: the old answer and a message about the other kind's number go.
              setKind(event.target.value as PartyRef['type']);
              setError(null);
              if (active) onClear();
            }}
          >
            <option value="ssin">{t('party.practitioner')}</option>
            <option value="nihii">{t('party.pharmacy')}</option>
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-value`}>{kind === 'ssin' ? t('party.ssin') : t('party.nihii')}</label>
          <input
            id={`${id}-value`}
            type="text"
            value={value}
            onChange={(event) => {
              // Typing another number starts a new search: the answer about the previous one is not shown against it.
              setValue(event.target.value);
              if (active) onClear();
            }}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t('exclusions.filter.submit')}
        </button>
        {active && (
          <button type="button" className="button button-link" onClick={onClear}>
            {t('exclusions.filter.clear')}
          </button>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {t(error)}
          </p>
        )}
      </fieldset>
    </form>
  );
}
