/**
 * The declare form's behaviour, on react-hook-form: values kept as a draft per profile, checks on
 * leaving a number field and on submit, the patient's or user's own number caught before sending,
 * one POST per submit, the server's codes placed at their fields (setError), and the error summary
 * focused after a failed submit. DeclarePage.tsx is the markup.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useDeclareExclusion, type DeclareOutcome } from '../../api/declareExclusion';
import { apiErrorMessage, type ErrorMessage } from '../../api/errorMessage';
import { isHttpError } from '../../api/http';
import { loadDraft, removeDraft, saveDraft } from './declareDraft';
import { useActivePerson } from '../../components/activePerson';
import { useNavigation } from '../../components/navigation';
import { readDeclarePrefill } from '../../components/declarePrefill';
import type { SummaryError } from '../../components/ErrorSummary';
import { partyName, type PartyRef } from '../../domain/party';
import { serviceErrorKey } from '../../domain/serviceErrors';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import {
  DECLARE_FIELDS,
  declareSchema,
  emptyDeclareValues,
  fieldOfServiceCode,
  ownNumberProblem,
  toRequest,
  valuesFromPrefill,
  type DeclareField,
  type DeclareValues,
} from './declareSchema';

const FORM = 'declare';
export const fieldId = (field: DeclareField) => `declare-${field}`;
/** Checks a number field this long after the user left it (see onNumberBlur). */
export const BLUR_CHECK_DELAY_MS = 250;

// Messages are catalogue keys: the schema's, the server's (type 'server') and the own-number check's.
const resolver = zodResolver(declareSchema);

export function useDeclareForm() {
  const { t } = useI18n();
  const { active, self } = useActivePerson();
  const navigation = useNavigation();
  const declare = useDeclareExclusion();
  const summaryRef = useRef<HTMLDivElement>(null);
  // A provider the user came from (a look-up, the history) wins over an older draft.
  const [prefill] = useState(() => readDeclarePrefill(navigation.arrival));
  const [draft] = useState(() => (prefill ? undefined : loadDraft<DeclareValues>(FORM, active.ssin)));
  const [failure, setFailure] = useState<ErrorMessage | null>(null);
  const [already, setAlready] = useState<PartyRef | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  // A double click must send one POST: the pending state reaches the closure one render late.
  const sending = useRef(false);

  const [defaultValues] = useState<DeclareValues>(() => ({ ...emptyDeclareValues, ...draft, ...(prefill && valuesFromPrefill(prefill)) }));
  // Fields are checked on submit and when the page asks (onNumberBlur); after a submit a change
  // checks the changed field again, so a corrected value loses its message at once.
  const form = useForm<DeclareValues>({ resolver, defaultValues, mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: false });
  const { control, register, handleSubmit, setError, trigger, getValues, getFieldState } = form;
  const { errors, submitCount } = form.formState;
  const kind = useWatch({ control, name: 'kind' });

  // The patient's or the user's own number where the provider's belongs: said before anything is sent.
  const flagOwnNumber = (values: DeclareValues): boolean => {
    const problem = values.kind === 'practitioner' ? ownNumberProblem(values.ssin, active.ssin, self.ssin) : undefined;
    if (problem) setError('ssin', { type: 'ownNumber', message: problem });
    return problem !== undefined;
  };

  // Leaving a number field checks it, a moment later: when the user left it by pressing the submit
  // button, a message appearing at once would push that button away under the pointer mid-click.
  // A submit in between has checked every field already. The server's answer (a VAL006 at this
  // field, say) stays until the field is changed: a change after a submit checks the field again
  // and replaces it, so a 'server' message still there means the value is the one it was given for.
  const submits = useRef(0);
  const onNumberBlur = (field: 'ssin' | 'nihii') => () => {
    const submitsAtBlur = submits.current;
    window.setTimeout(() => {
      if (submits.current !== submitsAtBlur || !getValues(field) || getFieldState(field).error?.type === 'server') return;
      void trigger(field).then((passed) => {
        if (passed && submits.current === submitsAtBlur) flagOwnNumber(getValues());
      });
    }, BLUR_CHECK_DELAY_MS);
  };
  const numberField = (field: 'ssin' | 'nihii') => register(field, { onBlur: onNumberBlur(field) });
  const kindField = register('kind');

  // Every change is kept for this profile until the declaration succeeds (the values as the page
  // opened are not a change: they are already a draft, a prefill or nothing).
  useEffect(() => {
    const subscription = form.watch((_, { type }) => {
      if (type === 'change') saveDraft(FORM, active.ssin, getValues());
    });
    return () => subscription.unsubscribe();
  }, [form, getValues, active.ssin]);

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
    navigation.go({ page: 'exclusions', flash: { kind: 'declared', name } });
  };

  const onServerError = (error: unknown, sentKind: DeclareValues['kind']) => {
    if (isHttpError(error, 400)) {
      let placed = false;
      for (const code of error.codes) {
        const field = fieldOfServiceCode(code.code, sentKind);
        if (field) {
          setError(field, { type: 'server', message: serviceErrorKey(code) });
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
          onError: (error) => onServerError(error, values.kind),
          onSettled: () => {
            sending.current = false;
          },
        },
      );
    },
    () => setFocusSummary((n) => n + 1),
  );
  const submit = (event?: FormEvent) => {
    submits.current += 1;
    return validateAndSend(event);
  };

  const fieldError = (field: DeclareField) => {
    const message = errors[field]?.message;
    return message ? t(message as MessageKey) : undefined;
  };
  // The summary belongs to a submit attempt; before that, blur checks speak at the field only.
  const summary: SummaryError[] =
    submitCount > 0 ? DECLARE_FIELDS.flatMap((field) => (errors[field]?.message ? [{ fieldId: fieldId(field), message: fieldError(field)! }] : [])) : [];

  return {
    control,
    kind,
    kindField,
    numberField,
    submit,
    fieldError,
    summary,
    summaryRef,
    draftRestored: draft !== undefined,
    already,
    failure,
    pending: declare.isPending,
  };
}
