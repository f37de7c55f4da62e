import type { Profile } from '../auth/profiles';
import { profileName } from '../components/profileName';
import type { Translate } from '../i18n/I18nProvider';

export function profileLabel(profile: Profile, t: Translate): string {
  if (!profile.name) return profileName(profile, t);
  if (profile.relation === 'self') return t('profile.self', { name: profile.name });
  if (profile.relation === 'child') return t('profile.child', { name: profile.name });
  return t('profile.mandator', { name: profile.name });
}

export function bannerText(profile: Profile, t: Translate): string {
  if (profile.relation === 'self') return t('banner.self');
  if (profile.relation === 'child') return t('banner.child', { name: profileName(profile, t) });
  return t('banner.mandator', { name: profileName(profile, t) });
}
