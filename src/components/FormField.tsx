import type { ReactNode } from 'react';

/** What a control needs to be tied to its hint and error message. */
export interface FieldA11y {
  'aria-invalid': true | undefined;
  'aria-describedby': string;
}

/**
 * A labelled field with its hint and, when invalid, its error message above the control
 * (GOV.UK order). The control is rendered by the caller with the ids it must reference.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  children: (a11y: FieldA11y) => ReactNode;
}) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {children({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}
