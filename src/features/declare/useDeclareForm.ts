/**
 * The declare form's behaviour: values kept as a draft per profile, checks on leaving a number
 * field and on submit, the patient's or user's own number caught before sending, one POST per
 * submit, the server's codes placed at their fields, and the error summary focused after a failed
 * submit. DeclarePage.tsx is the markup.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
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
import { useSchemaForm } from './useSchemaForm';

const FORM = 'declare';
export const fieldId = (field: DeclareField) => `declare-${field}`;

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

  // Numbers are checked when the user leaves their field (see checkAfterBlur) and on submit;
  // after a submit an error clears as soon as the input is corrected.
  const [initialValues] = useState<DeclareValues>(() => ({ ...emptyDeclareValues, ...draft, ...(prefill && valuesFromPrefill(prefill)) }));
  const form = useSchemaForm(declareSchema, initialValues);
  const { handleSubmit, setMessage, messages, values } = form;

  // Leaving a number field checks it, a moment later: when the user left it by pressing the submit
  // button, a message appearing at once would push that button away under the pointer mid-click.
  // A submit in between has checked every field already, and the server's answer (a VAL006 at
  // this field, say) must not be cleared by a late check: it stays until the field is changed.
  const submits = useRef(0);
  // The patient's or the user's own number where the provider's belongs: said before anything is sent.
  const flagOwnNumber = (values: DeclareValues): boolean => {
    const problem = values.kind === 'practitioner' ? ownNumberProblem(values.ssin, active.ssin, self.ssin) : undefined;
    if (problem) setMessage('ssin', problem);
    return problem !== undefined;
  };
  const checkAfterBlur = (field: 'ssin' | 'nihii') => ({
    onBlur: () => {
      const submitsAtBlur = submits.current;
      window.setTimeout(() => {
        if (submits.current !== submitsAtBlur || !form.getValues()[field]) return;
        if (form.check(field)) flagOwnNumber(form.getValues());
      }, 250);
    },
  });
  const kind = values.kind;

  // Every change is kept for this profile until the declaration succeeds (the values as the page
  // opened are not a change: they are already a draft, a prefill or nothing).
  useEffect(() => {
    if (values !== initialValues) saveDraft(FORM, active.ssin, values);
  }, [values, initialValues, active.ssin]);

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

  const onServerError = (error: unknown) => {
    if (isHttpError(error, 400)) {
      let placed = false;
      for (const code of error.codes) {
        const field = fieldOfServiceCode(code.code, kind);
        if (field) {
          setMessage(field, serviceErrorKey(code));
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
  const submit = (event?: FormEvent) => {
    submits.current += 1;
    return validateAndSend(event);
  };

  const fieldError = (field: DeclareField) => {
    const message = messages[field];
    return message ? t(message as MessageKey) : undefined;
  };
  // The summary belongs to a submit attempt; before that, blur checks speak at the field only.
  const summary: SummaryError[] =
    form.submitCount > 0 ? DECLARE_FIELDS.flatMap((field) => (messages[field] ? [{ fieldId: fieldId(field), message: fieldError(field)! }] : [])) : [];

  return {
    form,
    kind,
    submit,
    checkAfterBlur,
    fieldError,
    summary,
    summaryRef,
    draftRestored: draft !== undefined,
    already,
    failure,
    pending: declare.isPending,
  };
}
