import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Profile } from '../auth/profiles';
import { useSession } from '../auth/SessionProvider';
import { useI18n } from '../i18n/I18nProvider';
import { TokenExchangeError } from '../auth/accessToken';
import { profileName } from '../components/profileName';
import { profileLabel } from './profileLabel';

/**
 * The person the user acts for, as a native select: keyboard and screen-reader support come
 * with it. Mandators whose mandate does not cover medical data are listed, disabled, with the
 * reason written out below.
 */
export function ProfileSwitcher() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [pending, setPending] = useState<Profile | null>(null);
  const [failed, setFailed] = useState<{ profile: Profile; reason?: string } | null>(null);
  if (session.profiles.length < 2) return null;
  const disabled = session.profiles.filter((p) => !p.allowed);

  const choose = async (ssin: string) => {
    const profile = session.profiles.find((p) => p.ssin === ssin);
    if (!profile || profile.ssin === session.active.ssin) return;
    setFailed(null);
    setPending(profile);
    try {
      await session.switchTo(profile);
      // The same page for the new person, without the previous one's page number or filters: the
      // page as it is now, after the wait (a switch right after login began on the callback route).
      const here = window.location.pathname;
      navigate(here.startsWith('/auth/') ? '/' : here, { replace: false, state: null });
    } catch (error) {
      // The identity provider's words help whoever runs the site when its settings do not match.
      setFailed({ profile, reason: error instanceof TokenExchangeError ? error.description : undefined });
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="profile-switcher">
      <label htmlFor="profile-switcher">{t('profile.label')}</label>
      <select
        id="profile-switcher"
        value={pending?.ssin ?? session.active.ssin}
        disabled={pending !== null}
        aria-describedby={disabled.length > 0 ? 'profile-switcher-disabled' : undefined}
        onChange={(event) => void choose(event.target.value)}
      >
        {session.profiles.map((profile) => (
          <option key={profile.ssin} value={profile.ssin} disabled={!profile.allowed}>
            {profileLabel(profile, t)}
          </option>
        ))}
      </select>
      {disabled.length > 0 && (
        <ul id="profile-switcher-disabled" className="hint">
          {disabled.map((p) => (
            <li key={p.ssin}>{t('profile.mandator.disabled', { name: profileName(p, t) })}</li>
          ))}
        </ul>
      )}
      <div role="status" className="visually-hidden-when-empty">
        {pending && t('profile.switching', { name: profileName(pending, t) })}
      </div>
      {failed && (
        <div className="field-error" role="alert">
          <p>{t('profile.switchFailed', { name: profileName(failed.profile, t) })}</p>
          {failed.reason && <p>{t('profile.switchFailed.detail', { reason: failed.reason })}</p>}
        </div>
      )}
    </div>
  );
}
