import { Suspense, useEffect, useRef, useState } from 'react';
import { useExclusions } from '../../api/exclusions';
import type { RevokeOutcome } from '../../api/revokeExclusion';
import { formatPartyIdentifier, type PartyRef } from '../../domain/party';
import { useActivePerson } from '../../components/activePerson';
import { DestinationLink, useNavigation } from '../../components/navigation';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { ExclusionRows } from './ExclusionRows';
import { PartyLookup } from './PartyLookup';
import { useStagedRows } from '../../components/useStagedRows';
import { whenIdle } from '../../components/idle';
import type { RevokeTarget } from './RevokeDialog';
import { revokeDialog } from './revokeDialogChunk';
import { useWantedOnce } from '../../components/lazyComponent';
import { profileName } from '../../components/profileName';
import { AboutExclusionsLink } from '../../components/AboutExclusionsLink';

/** Navigation state other pages may pass: a confirmation to show, or one party to look up. */
export interface ExclusionsLocationState {
  flash?: { kind: 'declared'; name: string };
  lookup?: PartyRef;
}

const COLUMNS = ['exclusions.col.name', 'exclusions.col.profession', 'exclusions.col.identifier', 'exclusions.col.actions'] as const;

/**
 * Rows drawn with the page or an answer (more than a screenful, on a desktop as on a phone); the
 * others follow ROWS_PER_FRAME a frame (useStagedRows). A frame that styles, lays out and paints
 * 40 new rows with the page, then one with the other 160, each took over 80 ms at CPU ×6.
 */
const FIRST_ROWS = 20;
const ROWS_PER_FRAME = 40;

export function ExclusionsPage() {
  const { t } = useI18n();
  const { active } = useActivePerson();
  const incoming = (useNavigation().arrival ?? {}) as ExclusionsLocationState;
  const [lookup, setLookup] = useState<PartyRef | undefined>(incoming.lookup);
  // Kept as a key and its parameters so a change of language translates it too.
  const [flash, setFlash] = useState<{ key: MessageKey; name: string } | null>(
    incoming.flash ? { key: 'exclusions.flash.declared', name: incoming.flash.name } : null,
  );
  const [revoking, setRevoking] = useState<RevokeTarget | null>(null);
  const revokeAsked = useWantedOnce(revoking !== null);
  const flashRef = useRef<HTMLDivElement>(null);
  // After a revocation the revoked row, and the button that opened the dialog, are gone: focus
  // goes to the outcome (this effect runs after the dialog's own return of focus).
  const [revocations, setRevocations] = useState(0);
  useEffect(() => {
    if (revocations > 0) flashRef.current?.focus();
  }, [revocations]);
  const query = useExclusions(active.ssin, lookup);
  const rows = useStagedRows(query.data, FIRST_ROWS, ROWS_PER_FRAME);
  // Revoke is the list's own action: its dialog's code is fetched in the first idle moment after
  // rows show, not with the other pages two seconds later (a click then waited for the network).
  const hasRows = (rows?.length ?? 0) > 0;
  useEffect(() => {
    if (hasRows) whenIdle(() => void revokeDialog.preload());
  }, [hasRows]);

  const lookupLabel = lookup ? formatPartyIdentifier(lookup) : '';
  const onRevoked = (outcome: RevokeOutcome, name: string) => {
    setRevoking(null);
    setRevocations((n) => n + 1);
    setFlash({ key: outcome === 'revoked' ? 'exclusions.flash.revoked' : 'exclusions.flash.alreadyRevoked', name });
  };

  return (
    <section>
      <PageHeading>{t('exclusions.title')}</PageHeading>
      <p className="lead">{t('exclusions.intro', { name: profileName(active, t) })}</p>
      <p>
        <AboutExclusionsLink />
      </p>
      <div role="status" className="flash-region" tabIndex={-1} ref={flashRef}>
        {flash && <Notice tone="success">{t(flash.key, { name: flash.name })}</Notice>}
      </div>
      <p>
        <DestinationLink className="button" to={{ page: 'declare' }}>
          {t('exclusions.declare')}
        </DestinationLink>
      </p>
      <PartyLookup
        active={lookup !== undefined}
        onLookup={(party) => {
          setFlash(null);
          // The same party again (a double click) keeps the same query: no second request.
          setLookup((current) => (current?.type === party.type && current.value === party.value ? current : party));
        }}
        onClear={() => setLookup(undefined)}
      />
      {lookup && query.isSuccess && query.data.length > 0 && <p>{t('exclusions.filter.active', { identifier: lookupLabel })}</p>}
      {lookup && query.isSuccess && query.data.length === 0 && (
        <div className="lookup-result">
          <p>{t('exclusions.filter.none', { identifier: lookupLabel })}</p>
          <DestinationLink
            className="button button-secondary"
            to={{ page: 'declare', prefill: { kind: lookup.type === 'ssin' ? 'practitioner' : 'pharmacy', number: lookup.value } }}
          >
            {t('exclusions.filter.declare')}
          </DestinationLink>
        </div>
      )}

      {query.isPending && <Loading label={t('exclusions.loading')} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {query.isSuccess && query.data.length === 0 && !lookup && (
        <div className="empty-state">
          <h2>{t('exclusions.empty.title')}</h2>
          <p>{t('exclusions.empty.body')}</p>
        </div>
      )}
      {query.isSuccess && query.data.length > 0 && (
        // On a phone the table is a list of cards (styles.css). Its roles are written out: some
        // browsers (Safari) drop a table's implicit roles under display: block.
        /* eslint-disable jsx-a11y/no-redundant-roles */
        <div className="table-scroll">
          <table className="table table-stack" role="table">
            <caption id="exclusions-caption">{t('exclusions.caption')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" role="columnheader">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <ExclusionRows exclusions={rows ?? []} onRevoke={setRevoking} />
          </table>
        </div>
        /* eslint-enable jsx-a11y/no-redundant-roles */
      )}
      {revokeAsked && (
        <Suspense fallback={null}>
          <revokeDialog.Component target={revoking} onClose={() => setRevoking(null)} onDone={onRevoked} />
        </Suspense>
      )}
    </section>
  );
}
