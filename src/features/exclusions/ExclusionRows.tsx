import { memo, type CSSProperties } from 'react';
import type { Exclusion } from '../../api/exclusions';
import { describeParty, partyKey, partyRefOf } from '../../domain/party';
import { professionName } from '../../components/professionName';
import { useI18n } from '../../i18n/I18nProvider';
import type { RevokeTarget } from './RevokeDialog';

/**
 * Rows per row group (tbody). A group far off screen is neither styled nor laid out, its rows with
 * it (content-visibility, styles.css): a change of language restyles the page's every element, and
 * the 201 rows themselves were a third of that frame (4.6 → 3.2 ms at CPU ×1 in groups of 20).
 */
const ROWS_PER_GROUP = 20;

/**
 * The list's rows, in row groups of ROWS_PER_GROUP, drawn again only when the exclusions or the
 * language change: the page around them re-renders as its query refreshes in the background, and
 * 200 rows each time would hold a phone's main thread for a long task.
 */
export const ExclusionRows = memo(function ExclusionRows({ exclusions, onRevoke }: { exclusions: Exclusion[]; onRevoke: (target: RevokeTarget) => void }) {
  const groups: Exclusion[][] = [];
  for (let start = 0; start < exclusions.length; start += ROWS_PER_GROUP) groups.push(exclusions.slice(start, start + ROWS_PER_GROUP));
  return groups.map((group, index) => (
    // Its height while skipped: as many rows as it holds (styles.css).
    // eslint-disable-next-line jsx-a11y/no-redundant-roles -- see the table in ExclusionsPage
    <tbody key={index} role="rowgroup" className="row-group" style={{ '--rows': group.length } as CSSProperties}>
      <Rows exclusions={group} first={index * ROWS_PER_GROUP} onRevoke={onRevoke} />
    </tbody>
  ));
});

function Rows({ exclusions, first, onRevoke }: { exclusions: Exclusion[]; first: number; onRevoke: (target: RevokeTarget) => void }) {
  const { t } = useI18n();
  return exclusions.map((exclusion, offset) => {
    const index = first + offset;
    const shown = describeParty(exclusion.hcParty, (code) => professionName(code, t), t('exclusions.unknownName'));
    const party = partyRefOf(exclusion.hcParty);
    return (
      // Roles written out: see the table in ExclusionsPage.
      /* eslint-disable jsx-a11y/no-interactive-element-to-noninteractive-role */
      <tr key={partyKey(party) || index} role="row">
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
}
