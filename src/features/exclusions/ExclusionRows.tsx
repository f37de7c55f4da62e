import { memo, type CSSProperties } from 'react';
import type { Exclusion } from '../../api/exclusions';
import { describeParty, partyKey, partyRefOf } from '../../domain/party';
import { professionName } from '../../components/professionName';
import { useStagedLanguage, type RowLanguage } from '../../components/useStagedLanguage';
import type { RevokeTarget } from './RevokeDialog';

/**
 * Rows per row group (tbody), each skipped whole while far off screen (content-visibility,
 * styles.css): a change of language styles every element not skipped, a row's box too.
 */
const ROWS_PER_GROUP = 5;

/** Rows that take a new language per frame, after the page (useStagedLanguage). */
const ROWS_PER_FRAME = 10;

/**
 * The list's rows, drawn again only when the exclusions or the language change: the page around
 * them re-renders as its query refreshes in the background, and 200 rows each time would hold a
 * phone's main thread for a long task.
 */
export const ExclusionRows = memo(function ExclusionRows({ exclusions, onRevoke }: { exclusions: Exclusion[]; onRevoke: (target: RevokeTarget) => void }) {
  const languageOf = useStagedLanguage(exclusions.length, ROWS_PER_FRAME);
  const starts = Array.from({ length: Math.ceil(exclusions.length / ROWS_PER_GROUP) }, (_, group) => group * ROWS_PER_GROUP);
  return starts.map((start) => {
    const rows = exclusions.slice(start, start + ROWS_PER_GROUP);
    return (
      // Its height while skipped: as many rows as it holds (styles.css). Roles: see the table in ExclusionsPage.
      // eslint-disable-next-line jsx-a11y/no-redundant-roles
      <tbody key={start} role="rowgroup" className="row-group" style={{ '--rows': rows.length } as CSSProperties}>
        {rows.map((exclusion, offset) => (
          <ExclusionRow
            key={partyKey(partyRefOf(exclusion.hcParty)) || start + offset}
            exclusion={exclusion}
            language={languageOf(start + offset)}
            onRevoke={onRevoke}
          />
        ))}
      </tbody>
    );
  });
});

/** One row, drawn again only when its exclusion or its language changes. */
const ExclusionRow = memo(function ExclusionRow({
  exclusion,
  language: { t, language },
  onRevoke,
}: {
  exclusion: Exclusion;
  language: RowLanguage;
  onRevoke: (target: RevokeTarget) => void;
}) {
  const shown = describeParty(exclusion.hcParty, (code) => professionName(code, t), t('exclusions.unknownName'));
  const party = partyRefOf(exclusion.hcParty);
  return (
    // Roles written out: see the table in ExclusionsPage.
    /* eslint-disable jsx-a11y/no-interactive-element-to-noninteractive-role */
    <tr role="row" lang={language}>
      <th scope="row" role="rowheader">
        {shown.name}
      </th>
      <td role="cell">{shown.profession}</td>
      <td role="cell" className="number">
        {shown.identifier}
      </td>
      <td role="cell" className="actions">
        {party && (
          <button
            type="button"
            className="button button-secondary"
            aria-label={t('exclusions.revokeFor', { name: shown.name })}
            onClick={() => onRevoke({ party, name: shown.name })}
          >
            {t('exclusions.revoke')}
          </button>
        )}
      </td>
    </tr>
    /* eslint-enable jsx-a11y/no-interactive-element-to-noninteractive-role */
  );
});
