import { apiErrorMessage } from '../api/errorMessage';
import { useI18n } from '../i18n/I18nProvider';
import { Notice } from './Notice';

/** A failed load: what went wrong in plain words, and a way to try again. */
export function ErrorState({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying?: boolean }) {
  const { t } = useI18n();
  const message = apiErrorMessage(error);
  return (
    <Notice tone="error" role="alert">
      <p>{t(message.key, message.params)}</p>
      <button type="button" className="button button-secondary" onClick={onRetry} disabled={retrying}>
        {t('error.retry')}
      </button>
    </Notice>
  );
}
