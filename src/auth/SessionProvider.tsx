/**
 * Who is logged in, whom they act for, and the switch between profiles. A switch first obtains
 * the new profile's token, then empties the query cache in the same step as it changes the
 * active profile, so no screen can show one person's data under another's name.
 *
 * Whether the user may use the service comes from the backend's role in a token exchanged for
 * its audience (the login token does not carry it), or from the exchange's refusal.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import type { User } from 'oidc-client-ts';
import { useI18n } from '../i18n/I18nProvider';
import { isLanguage, rememberTokenLanguage, savedLanguage } from '../i18n/locales';
import { accessTokenFor, profileDetails, revokeAllTokens, subscribeProfileDetails, TokenExchangeError } from './accessToken';
import { readAccessTokenClaims } from './claims';
import { clearDrafts } from '../components/drafts';
import { profilesFromClaims, type Profile } from './profiles';
import { markLoggedOut } from './storedSession';

/** The active profile's subject id (opaque, never the SSIN), so a reload keeps it for this tab. */
const ACTIVE_KEY = 'te.activeProfile';
/**
 * The subject id of the user this tab's last access check granted. A reload shows the page at once
 * while the check runs again (the API calls wait for its token all the same); a refusal or a failed
 * check still replaces the page, as on the first load.
 */
const GRANTED_KEY = 'te.accessGranted';

/** checking: the exchange for oneself is under way; failed: it could not be made (network, server). */
export type AccessState = 'checking' | 'granted' | 'denied' | 'failed';

export interface Session {
  profiles: Profile[];
  self: Profile;
  active: Profile;
  access: AccessState;
  retryAccess(): void;
  switchTo(profile: Profile): Promise<void>;
  logout(): Promise<void>;
  loggingOut: boolean;
}

const SessionContext = createContext<Session | null>(null);

function readStored(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function rememberGrant(sub: string | null): void {
  try {
    if (sub) sessionStorage.setItem(GRANTED_KEY, sub);
    else sessionStorage.removeItem(GRANTED_KEY);
  } catch {
    // Storage disabled: every load checks before it shows the page.
  }
}

/** The relatives' tokens, one after the other once access is known: they carry the names to show. */
async function prefetchRelatives(profiles: Profile[], isCurrent: () => boolean): Promise<void> {
  for (const profile of profiles) {
    if (!isCurrent()) return;
    if (profile.relation !== 'self' && profile.allowed) await accessTokenFor(profile.ssin).catch(() => undefined);
  }
}

/**
 * `storedUser`: the user oidc-client-ts keeps in this tab, read before the first render. On a
 * reload react-oidc-context reads it again only after its first commit; until then the session is
 * this one, so the first frame already names the person acted for (a parent's banner is taller than
 * one's own) and the page does not move down when the library catches up.
 */
export function SessionProvider({ children, storedUser = null }: { children: ReactNode; storedUser?: User | null }) {
  const auth = useAuth();
  const user = auth.isLoading ? storedUser : auth.user;
  const isAuthenticated = auth.isLoading ? !!storedUser && !storedUser.expired : auth.isAuthenticated;
  const { setLanguage } = useI18n();
  const queryClient = useQueryClient();
  const read = useMemo(() => (user ? readAccessTokenClaims(user.access_token) : undefined), [user]);
  const claims = read?.ok ? read.claims : undefined;
  const details = useSyncExternalStore(subscribeProfileDetails, profileDetails);
  const profiles = useMemo(
    () => (claims ? profilesFromClaims(claims).map((p) => ({ ...p, name: p.name ?? details.get(p.ssin)?.name })) : []),
    [claims, details],
  );
  const [activeSub, setActiveSub] = useState<string | null>(() => readStored(ACTIVE_KEY));
  const [grantedBefore] = useState(() => readStored(GRANTED_KEY));
  const [loggingOut, setLoggingOut] = useState(false);
  const [accessCheck, setAccessCheck] = useState<{ ssin: string; state: AccessState } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const selfSsin = claims?.ssin;

  // The token's language is the default until the user picks one; it lasts for this tab.
  const tokenLanguage = claims?.locale;
  useEffect(() => {
    if (!isLanguage(tokenLanguage)) return;
    rememberTokenLanguage(tokenLanguage);
    if (!savedLanguage()) setLanguage(tokenLanguage, { remember: false });
  }, [tokenLanguage, setLanguage]);

  // One exchange for oneself tells whether this user may use the service at all.
  const selfSub = profiles[0]?.sub;
  const grantedOnLoad = attempt === 0 && grantedBefore !== null && grantedBefore === selfSub;
  useEffect(() => {
    if (!selfSsin || !isAuthenticated) return;
    let current = true;
    if (!grantedOnLoad) setAccessCheck({ ssin: selfSsin, state: 'checking' });
    accessTokenFor(selfSsin).then(
      () => {
        if (!current) return;
        const granted = profileDetails().get(selfSsin)?.restAccess === true;
        rememberGrant(granted ? (selfSub ?? null) : null);
        setAccessCheck({ ssin: selfSsin, state: granted ? 'granted' : 'denied' });
      },
      (error: unknown) => {
        if (!current) return;
        const refused = error instanceof TokenExchangeError && error.refused;
        if (refused) rememberGrant(null);
        setAccessCheck({ ssin: selfSsin, state: refused ? 'denied' : 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [selfSsin, selfSub, isAuthenticated, attempt, grantedOnLoad]);

  const access: AccessState = accessCheck && accessCheck.ssin === selfSsin ? accessCheck.state : grantedOnLoad ? 'granted' : 'checking';
  useEffect(() => {
    if (access !== 'granted' || !claims) return;
    let current = true;
    void prefetchRelatives(profilesFromClaims(claims), () => current);
    return () => {
      current = false;
    };
  }, [access, claims]);

  const retryAccess = useCallback(() => setAttempt((n) => n + 1), []);

  const switchTo = useCallback(
    async (profile: Profile) => {
      if (!profile.allowed) return;
      await accessTokenFor(profile.ssin);
      if (profileDetails().get(profile.ssin)?.restAccess !== true) throw new TokenExchangeError('access_denied');
      queryClient.clear();
      sessionStorage.setItem(ACTIVE_KEY, profile.sub);
      setActiveSub(profile.sub);
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    setLoggingOut(true);
    queryClient.clear();
    await revokeAllTokens();
    clearDrafts();
    sessionStorage.removeItem(ACTIVE_KEY);
    rememberGrant(null);
    markLoggedOut();
    try {
      await auth.signoutRedirect();
    } catch {
      // The identity provider is unreachable: the local session is gone all the same.
      await auth.removeUser();
      setLoggingOut(false);
    }
  }, [auth, queryClient]);

  const value = useMemo<Session | null>(() => {
    const self = profiles[0];
    // An expired session shows no one's name or data until it is renewed.
    if (!self || !isAuthenticated) return null;
    // A stored profile this user may not act for (another person logged in) falls back to themselves.
    const active = profiles.find((p) => p.sub === activeSub && p.allowed) ?? self;
    return { profiles, self, active, access, retryAccess, switchTo, logout, loggingOut };
  }, [profiles, activeSub, access, retryAccess, switchTo, logout, loggingOut, isAuthenticated]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** What is wrong with the logged-in user's token, when the app cannot read it. */
export function useTokenProblems(): string[] | undefined {
  const auth = useAuth();
  return useMemo(() => {
    if (!auth.user || !auth.isAuthenticated) return undefined;
    const read = readAccessTokenClaims(auth.user.access_token);
    return read.ok ? undefined : read.problems;
  }, [auth.user, auth.isAuthenticated]);
}

/** The session, or null before login. */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside a logged-in area');
  return session;
}
