import type { HistoryEntryWire } from '../../api/history';
import { partyRefOf } from '../../domain/party';
import { DestinationLink } from '../../components/navigation';
import type { DeclarePrefill } from '../../components/declarePrefill';
import { canonicalProfessionCode, PHARMACY } from '../../domain/professions';
import { useI18n } from '../../i18n/I18nProvider';

/** The one place a patient already has a provider's number: a revoked exclusion can be made again. */
export function ExcludeAgainLink({ entry, name }: { entry: HistoryEntryWire; name: string }) {
  const { t } = useI18n();
  const party = partyRefOf(entry.target);
  if (!party) return null;
  const code = canonicalProfessionCode(entry.target.qualificationCode);
  const prefill: DeclarePrefill =
    party.type === 'nihii' || code === PHARMACY.code
      ? { kind: 'pharmacy', number: party.value }
      : { kind: 'practitioner', number: party.value, profession: code };
  return (
    <DestinationLink className="button button-secondary no-print" to={{ page: 'declare', prefill }} aria-label={t('history.excludeAgainFor', { name })}>
      {t('history.excludeAgain')}
    </DestinationLink>
  );
}
