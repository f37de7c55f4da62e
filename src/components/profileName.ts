import type { Profile } from '../auth/profiles';
import { formatSsin } from '../domain/ssin';
import type { Translate } from '../i18n/I18nProvider';

/**
 * A person's name, or, until a token exchanged for them has named them (the login token gives
 * relatives only an SSIN), their relation and formatted national register number.
 */
export function profileName(profile: Profile, t: Translate): string {
  return profile.name ?? t(`profile.unnamed.${profile.relation}`, { ssin: formatSsin(profile.ssin) });
}
