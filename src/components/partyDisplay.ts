import { partyRefOf, type HcPartyWire } from '../api/wire';
import { formatNihii } from '../domain/nihii';
import { professionLabel, type Language } from '../domain/professions';
import { formatSsin } from '../domain/ssin';

/** A care provider as people read it: name, profession in the current language, number. */
export function partyDisplay(party: HcPartyWire, language: Language, unknownName: string) {
  const ref = partyRefOf(party);
  const name = [party.firstName, party.name].filter(Boolean).join(' ') || unknownName;
  return {
    name,
    profession: professionLabel(party.qualificationCode, language),
    identifier: !ref ? '' : ref.type === 'ssin' ? formatSsin(ref.value) : formatNihii(ref.value),
  };
}
