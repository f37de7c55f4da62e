import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type BaseSyntheticEvent } from 'react';
import { Controller, useForm, type FieldErrors } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDeclareExclusion, type DeclareOutcome } from '../../api/declareExclusion';
import { apiErrorMessage, type ErrorMessage } from '../../api/errorMessage';
import { ApiError } from '../../api/http';
import { partyName, type PartyRef } from '../../domain/party';
import { loadDraft, removeDraft, saveDraft } from '../../auth/drafts';
import { useSession } from '../../auth/SessionProvider';
import { AboutExclusionsLink } from '../../components/AboutExclusionsLink';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { describeServiceError } from '../../domain/serviceErrors';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { declareSchema, emptyDeclareValues, ownNumberProblem, toRequest, valuesFromPrefill, type DeclareValues } from './declareSchema';
import { readDeclarePrefill } from '../../components/declarePrefill';
import { ProfessionPicker } from './ProfessionPicker';
import { profileName } from '../../components/profileName';

const FORM = 'declare';
const FIELD_ORDER = ['profession', 'ssin', 'nihii'] as const;
type Field = (typeof FIELD_ORDER)[number];
const fieldId = (field: Field) => `declare-${field}`;

export function DeclarePage() {
  const { t } = useI18n();
  const { active, self } = useSession();
  const navigate = useNavigate();
  const declare = useDeclareExclusion();
  const summaryRef = useRef<HTMLDivElement>(null);
  const location = useLocation();
  // A provider the user came from (a look-up, the history) wins over an older draft.
  const [prefill] = useState(() => readDeclarePrefill(location.state));
  const [draft] = useState(() => (prefill ? undefined : loadDraft<DeclareValues>(FORM, active.ssin)));
  const [failure, setFailure] = useState<ErrorMessage | null>(null);
  const [already, setAlready] = useState<PartyRef | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  // A double click must send one POST: the pending state reaches the closure one render late.
  const sending = useRef(false);

  const form = useForm<DeclareValues>({
    resolver: zodResolver(declareSchema),
    defaultValues: { ...emptyDeclareValues, ...draft, ...(prefill && valuesFromPrefill(prefill)) },
    // Numbers are checked when the user leaves their field (see checkAfterBlur) and on submit;
    // after a submit an error clears as soon as the input is corrected.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { register, handleSubmit, control, watch, setError, formState } = form;

  // Leaving a number field checks it, a moment later: when the user left it by pressing the submit
  // button, a message appearing at once would push that button away under the pointer mid-click.
  // A submit in between has checked every field already, and the server's answer (a VAL006 at
  // this field, say) must not be cleared by a late check: it stays until the field is changed.
  const submits = useRef(0);
  // The patient's or the user's own number where the provider's belongs: said before anything is sent.
  const flagOwnNumber = (values: DeclareValues): boolean => {
    const problem = values.kind === 'practitioner' ? ownNumberProblem(values.ssin, active.ssin, self.ssin) : undefined;
    if (problem) setError('ssin', { type: 'own', message: problem });
    return problem !== undefined;
  };
  const checkAfterBlur = (field: 'ssin' | 'nihii') => ({
    onBlur: () => {
      const submitsAtBlur = submits.current;
      window.setTimeout(() => {
        if (submits.current !== submitsAtBlur || !form.getValues(field)) return;
        void form.trigger(field).then((valid) => valid && flagOwnNumber(form.getValues()));
      }, 250);
    },
  });
  const kind = watch('kind');

  // Every change is kept for this profile until the declaration succeeds.
  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: ({ values }) => saveDraft(FORM, active.ssin, values) }),
    [form, active.ssin],
  );

  // The summary may render a little after the request to focus it (form state settles later).
  const focusedFor = useRef(0);
  useEffect(() => {
    if (focusSummary > focusedFor.current && summaryRef.current) {
      summaryRef.current.focus();
      focusedFor.current = focusSummary;
    }
  });

  const onOutcome = (outcome: DeclareOutcome, party: PartyRef) => {
    removeDraft(FORM, active.ssin);
    if (outcome.kind === 'already-excluded') {
      setAlready(party);
      return;
    }
    const name = partyName(outcome.party) ?? t('exclusions.unknownName');
    navigate('/', { state: { flash: { kind: 'declared', name } } });
  };

  const onServerError = (error: unknown) => {
    if (error instanceof ApiError && error.kind === 'http' && error.status === 400 && error.codes.length > 0) {
      let placed = false;
      for (const code of error.codes) {
        const described = describeServiceError(code);
        const field: Field | undefined = described.field === 'identifier' ? (kind === 'pharmacy' ? 'nihii' : 'ssin') : described.field === 'ssin' ? 'ssin' : described.field === 'profession' && kind === 'practitioner' ? 'profession' : undefined;
        if (field) {
          setError(field, { type: 'server', message: described.key });
          placed = true;
        }
      }
      if (placed) {
        setFocusSummary((n) => n + 1);
        return;
      }
    }
    setFailure(apiErrorMessage(error));
  };

  const validateAndSend = handleSubmit(
    (values) => {
      if (sending.current) return;
      if (flagOwnNumber(values)) {
        setFocusSummary((n) => n + 1);
        return;
      }
      sending.current = true;
      setFailure(null);
      setAlready(null);
      const request = toRequest(values);
      declare.mutate(
        { patientSsin: active.ssin, ...request },
        {
          onSuccess: (outcome) => onOutcome(outcome, request.party),
          onError: onServerError,
          onSettled: () => {
            sending.current = false;
          },
        },
      );
    },
    () => setFocusSummary((n) => n + 1),
  );
  const submit = (event?: BaseSyntheticEvent) => {
    submits.current += 1;
    return validateAndSend(event);
  };

  const errorsOf = (errors: FieldErrors<DeclareValues>): SummaryError[] =>
    FIELD_ORDER.flatMap((field) => {
      const message = errors[field]?.message;
      return message ? [{ fieldId: fieldId(field), message: t(message as MessageKey) }] : [];
    });
  // The summary belongs to a submit attempt; before that, blur checks speak at the field only.
  const summary = formState.submitCount > 0 ? errorsOf(formState.errors) : [];
  const fieldError = (field: Field) => {
    const message = formState.errors[field]?.message;
    return message ? t(message as MessageKey) : undefined;
  };

  return (
    <section>
      <PageHeading hasErrors={summary.length > 0}>{t('declare.title')}</PageHeading>
      <ErrorSummary ref={summaryRef} errors={summary} />
      <p className="lead">{t('declare.intro', { name: profileName(active, t) })}</p>
      <p>
        <AboutExclusionsLink />
      </p>
      {draft && <Notice tone="info">{t('declare.draftRestored')}</Notice>}
      {already && (
        <Notice tone="warning" role="alert">
          <p>{t('declare.already')}</p>
          <Link to="/" state={{ lookup: already }}>
            {t('declare.already.link')}
          </Link>
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
              <input type="radio" id={`declare-kind-${value}`} value={value} aria-describedby={`declare-kind-${value}-hint`} {...register('kind')} />
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
                  render={({ field }) => <ProfessionPicker id={fieldId('profession')} value={field.value} onChange={field.onChange} onBlur={field.onBlur} a11y={a11y} />}
                />
              )}
            </FormField>
            <FormField id={fieldId('ssin')} label={t('party.ssin')} hint={t('party.ssin.hint')} error={fieldError('ssin')}>
              {(a11y) => <input id={fieldId('ssin')} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} {...a11y} {...register('ssin', checkAfterBlur('ssin'))} />}
            </FormField>
          </>
        ) : (
          <FormField id={fieldId('nihii')} label={t('party.nihii')} hint={t('party.nihii.hint')} error={fieldError('nihii')}>
            {(a11y) => <input id={fieldId('nihii')} type="text" inputMode="numeric" autoComplete="off" spellCheck={false} {...a11y} {...register('nihii', checkAfterBlur('nihii'))} />}
          </FormField>
        )}

        <div className="button-row">
          <button type="submit" className="button" aria-disabled={declare.isPending}>
            {declare.isPending ? t('declare.submitting') : t('declare.submit')}
          </button>
          <Link to="/" className="button button-secondary">
            {t('declare.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
