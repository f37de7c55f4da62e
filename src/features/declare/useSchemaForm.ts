/**
 * A form's values and messages, checked by one zod schema: the few rules the declare form needs,
 * in a page chunk a third the size react-hook-form made it.
 * - Before the first submit, typing checks nothing: fields are checked on submit and when the
 *   page asks (`check`, on leaving a number field).
 * - After a submit, a change checks the changed field again, so a corrected value clears its message.
 * - A submit checks every field, replacing every message (the server's too).
 * Messages are the schema's issue messages (catalogue keys here), the first one per field.
 */
import { useRef, useState, type FormEvent } from 'react';
import * as z from 'zod/mini';

type Messages<F extends string> = Partial<Record<F, string>>;

export function useSchemaForm<V extends Record<string, string>>(schema: z.ZodMiniType<V>, initial: V) {
  type Field = keyof V & string;
  const [values, setValues] = useState(initial);
  const [messages, setMessages] = useState<Messages<Field>>({});
  const [submitCount, setSubmitCount] = useState(0);
  // For timers and handlers that run after a render or two: the newest values, not their closure's.
  const latest = useRef(values);
  const submitted = useRef(false);

  const messagesOf = (checked: V): Messages<Field> => {
    const result = z.safeParse(schema, checked);
    const found: Messages<Field> = {};
    for (const issue of result.success ? [] : result.error.issues) {
      const field = issue.path[0] as Field | undefined;
      if (field !== undefined && found[field] === undefined) found[field] = issue.message;
    }
    return found;
  };
  const withMessage = (field: Field, message: string | undefined) => (current: Messages<Field>) => {
    const next = { ...current };
    if (message === undefined) delete next[field];
    else next[field] = message;
    return next;
  };

  const setValue = (field: Field, value: string) => {
    const next = { ...latest.current, [field]: value };
    latest.current = next;
    setValues(next);
    if (submitted.current) setMessages(withMessage(field, messagesOf(next)[field]));
  };

  /** Checks one field now; true when it passes. */
  const check = (field: Field): boolean => {
    const message = messagesOf(latest.current)[field];
    setMessages(withMessage(field, message));
    return message === undefined;
  };

  /** A message the schema cannot know (the server's, a number that is the user's own). */
  const setMessage = (field: Field, message: string) => setMessages(withMessage(field, message));

  const handleSubmit = (onValid: (values: V) => void, onInvalid: () => void) => (event?: FormEvent) => {
    event?.preventDefault();
    submitted.current = true;
    setSubmitCount((n) => n + 1);
    const found = messagesOf(latest.current);
    setMessages(found);
    if (Object.keys(found).length === 0) onValid(latest.current);
    else onInvalid();
  };

  /** A text input's value and change handler. */
  const textField = (field: Field) => ({
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => setValue(field, event.target.value),
  });

  return { values, messages, submitCount, setValue, check, setMessage, handleSubmit, textField, getValues: () => latest.current };
}
