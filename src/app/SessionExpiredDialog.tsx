import { useEffect, useState } from 'react';
import { onSessionExpired } from '../auth/sessionEvents';
import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n/I18nProvider';

/** Whatever is on screen, an ended session asks to log in again (drafts are kept). */
export function SessionExpiredDialog({ onLogin }: { onLogin: () => void }) {
  const { t } = useI18n();
  const [expired, setExpired] = useState(false);
  useEffect(() => onSessionExpired(() => setExpired(true)), []);
  return (
    <Dialog open={expired} onCancel={() => setExpired(false)} labelledBy="session-expired-title" describedBy="session-expired-body">
      <h2 id="session-expired-title">{t('session.expired.title')}</h2>
      <p id="session-expired-body">{t('session.expired.body')}</p>
      <button type="button" className="button" onClick={onLogin}>
        {t('session.expired.button')}
      </button>
    </Dialog>
  );
}
