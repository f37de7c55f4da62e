import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Reads pause while offline (React Query resumes them); this says so instead of an endless spinner. */
export function OfflineBanner() {
  const { t } = useI18n();
  const online = useSyncExternalStore(
    (onChange) => onlineManager.subscribe(onChange),
    () => onlineManager.isOnline(),
  );
  return (
    <div role="status" className="offline-region">
      {!online && <p className="offline-banner">{t('error.offline')}</p>}
    </div>
  );
}
