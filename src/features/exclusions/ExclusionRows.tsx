import { memo } from 'react';
import type { Exclusion } from '../../api/exclusions';
import { describeParty, partyKey, partyRefOf } from '../../domain/party';
import { professionName } from '../../components/professionName';
import { useI18n } from '../../i18n/I18nProvider';
import type { RevokeTarget } from './RevokeDialog';

/**
 * The list's rows, drawn again only when the exclusions or the language change: the page around
 * them re-renders as its query refreshes in the background, and 200 rows each time would hold a
 * phone's main thread for a long task.
 */
export const ExclusionRows = memo(function ExclusionRows({ exclusions, onRevoke }: { exclusions: Exclusion[]; onRevoke: (target: RevokeTarget) => void }) {
  const { t } = useI18n();
  return exclusions.map((exclusion, index) => {
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
});
