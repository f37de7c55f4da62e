import { useRef } from 'react';
import { useRevokeExclusion, type RevokeOutcome } from '../../api/revokeExclusion';
import type { PartyRef } from '../../domain/party';
import { apiErrorMessage } from '../../api/errorMessage';
import { useActivePerson } from '../../components/activePerson';
import { AboutExclusionsLink } from '../../components/AboutExclusionsLink';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n/I18nProvider';
import { addPageMessages } from '../../i18n/pageMessages';
import { revokeMessages } from '../../i18n/pages/revoke';
import { profileName } from '../../components/profileName';

// The dialog is its own chunk (revokeDialogChunk.ts): its words come with it.
addPageMessages(revokeMessages);

export interface RevokeTarget {
  party: PartyRef;
  name: string;
}

/** Confirms a revocation in plain words; errors keep the dialog open with the message. */
export function RevokeDialog({
  target,
  onClose,
  onDone,
}: {
  target: RevokeTarget | null;
  onClose: () => void;
  onDone: (outcome: RevokeOutcome, name: string) => void;
}) {
  const { t } = useI18n();
  const { active } = useActivePerson();
  const revoke = useRevokeExclusion();

  const close = () => {
    if (revoke.isPending) return;
    revoke.reset();
    onClose();
  };

  // isPending reaches this closure one render late: a double click would revoke twice.
  const sending = useRef(false);
  const confirm = () => {
    if (!target || sending.current) return;
    sending.current = true;
    revoke.mutate(
      { patientSsin: active.ssin, party: target.party },
      {
        onSuccess: (outcome) => {
          revoke.reset();
          onDone(outcome, target.name);
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  const error = revoke.error ? apiErrorMessage(revoke.error) : null;
  return (
    <Dialog open={target !== null} onCancel={close} labelledBy="revoke-title" describedBy="revoke-body">
      {target && (
        <>
          <h2 id="revoke-title">{t('revoke.title', { name: target.name })}</h2>
          <p id="revoke-body">{t('revoke.body', { name: target.name, patient: profileName(active, t) })}</p>
          <p>
            <AboutExclusionsLink />
          </p>
          {error && (
            <Notice tone="error" role="alert">
              {t(error.key, error.params)}
            </Notice>
          )}
          <div className="button-row">
            <button type="button" className="button button-danger" onClick={confirm} aria-disabled={revoke.isPending}>
              {revoke.isPending ? t('revoke.pending') : t('revoke.confirm')}
            </button>
            {/* The safe choice takes focus in a destructive dialog (WAI-ARIA APG, alert dialog). */}
            <button type="button" className="button button-secondary" onClick={close} data-autofocus>
              {t('revoke.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
