import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n/I18nProvider';
import { addPageMessages } from '../i18n/pageMessages';
import { sessionMessages } from '../i18n/pages/session';

// The dialog is its own chunk (lazyPages.ts): its words come with it.
addPageMessages(sessionMessages);

/** Whatever is on screen, an ended session asks to log in again (drafts are kept). */
export function SessionExpiredDialog({ open, onClose, onLogin }: { open: boolean; onClose: () => void; onLogin: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog open={open} onCancel={onClose} labelledBy="session-expired-title" describedBy="session-expired-body">
      <h2 id="session-expired-title">{t('session.expired.title')}</h2>
      <p id="session-expired-body">{t('session.expired.body')}</p>
      <button type="button" className="button" onClick={onLogin}>
        {t('session.expired.button')}
      </button>
    </Dialog>
  );
}
