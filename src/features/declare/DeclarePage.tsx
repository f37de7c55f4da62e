import { Controller } from 'react-hook-form';
import { useActivePerson } from '../../components/activePerson';
import { DestinationLink } from '../../components/navigation';
import { AboutExclusionsLink } from '../../components/AboutExclusionsLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { profileName } from '../../components/profileName';
import { useI18n } from '../../i18n/I18nProvider';
import { ProfessionPicker } from './ProfessionPicker';
import { fieldId, useDeclareForm } from './useDeclareForm';
import { addPageMessages } from '../../i18n/pageMessages';
import { declareMessages } from '../../i18n/pages/declare';

// Before anything on this page renders: its messages come with its code.
addPageMessages(declareMessages);

/** The declare form's markup; its behaviour is useDeclareForm. */
export function DeclarePage() {
  const { t } = useI18n();
  const { active } = useActivePerson();
  const { control, kind, kindField, numberField, submit, fieldError, summary, summaryRef, draftRestored, already, failure, pending } = useDeclareForm();
  // The provider's number: digits on a phone's keypad, no autofill or spelling help (it is not the user's).
  const numberInput = (field: 'ssin' | 'nihii', a11y: object) => (
    <input id={fieldId(field)} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} {...a11y} {...numberField(field)} />
  );

  return (
    <section>
      <PageHeading title={summary.length > 0 ? `${t('errorSummary.title')}: ${t('declare.title')}` : undefined}>{t('declare.title')}</PageHeading>
      <ErrorSummary ref={summaryRef} errors={summary} />
      <p className="lead">{t('declare.intro', { name: profileName(active, t) })}</p>
      <p>
        <AboutExclusionsLink />
      </p>
      {draftRestored && <Notice tone="info">{t('declare.draftRestored')}</Notice>}
      {already && (
        <Notice tone="warning" role="alert">
          <p>{t('declare.already')}</p>
          <DestinationLink to={{ page: 'exclusions', lookup: already }}>{t('declare.already.link')}</DestinationLink>
        </Notice>
      )}
      {failure && (
        <Notice tone="error" role="alert">
          <p>{t('declare.failed', { reason: t(failure.key, failure.params) })}</p>
          <button type="button" className="button button-secondary" onClick={() => void submit()}>
            {t('error.retry')}
          </button>
        </Notice>
      )}

      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        <fieldset className="radios">
          <legend>{t('party.kind')}</legend>
          {(['practitioner', 'pharmacy'] as const).map((value) => (
            <div className="radio" key={value}>
              <input type="radio" id={`declare-kind-${value}`} {...kindField} value={value} aria-describedby={`declare-kind-${value}-hint`} />
              <label htmlFor={`declare-kind-${value}`}>{t(`party.${value}`)}</label>
              <p id={`declare-kind-${value}-hint`} className="hint">
                {t(`party.${value}.hint`)}
              </p>
            </div>
          ))}
        </fieldset>

        {kind === 'practitioner' ? (
          <>
            <FormField id={fieldId('profession')} label={t('declare.profession')} hint={t('declare.profession.hint')} error={fieldError('profession')}>
              {(a11y) => (
                <Controller
                  control={control}
                  name="profession"
                  render={({ field }) => <ProfessionPicker id={fieldId('profession')} value={field.value} onChange={field.onChange} a11y={a11y} />}
                />
              )}
            </FormField>
            <FormField id={fieldId('ssin')} label={t('party.ssin')} hint={t('party.ssin.hint')} error={fieldError('ssin')}>
              {(a11y) => numberInput('ssin', a11y)}
            </FormField>
          </>
        ) : (
          <FormField id={fieldId('nihii')} label={t('party.nihii')} hint={t('party.nihii.hint')} error={fieldError('nihii')}>
            {(a11y) => numberInput('nihii', a11y)}
          </FormField>
        )}

        <div className="button-row">
          <button type="submit" className="button" aria-disabled={pending}>
            {pending ? t('declare.submitting') : t('declare.submit')}
          </button>
          <DestinationLink to={{ page: 'exclusions' }} className="button button-secondary">
            {t('declare.cancel')}
          </DestinationLink>
        </div>
      </form>
    </section>
  );
}
