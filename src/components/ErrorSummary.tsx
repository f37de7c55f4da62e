import { forwardRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { rootOf } from './rootNode';

export interface SummaryError {
  fieldId: string;
  message: string;
}

/** The GOV.UK pattern: a focusable box at the top that links to each field in error. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: SummaryError[] }>(function ErrorSummary({ errors }, ref) {
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errorSummary.title')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                rootOf(event.currentTarget).getElementById(error.fieldId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
