/**
 * Who is logged in, whom they act for, and the switch between profiles. A switch first obtains
 * the new profile's token, then empties the query cache in the same step as it changes the
 * active profile, so no screen can show one person's data under another's name.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { accessTokenFor, clearExchangedTokens } from './accessToken';
import { hasRestAccess, readAccessTokenClaims } from './claims';
import { clearDrafts } from './drafts';
import { profilesFromClaims, type Profile } from './profiles';

const ACTIVE_KEY = 'te.activeProfile';

export interface Session {
  profiles: Profile[];
  self: Profile;
  active: Profile;
  restAccess: boolean;
  switchTo(profile: Profile): Promise<void>;
  logout(): Promise<void>;
  loggingOut: boolean;
}

const SessionContext = createContext<Session | null>(null);

function readStoredActive(): string | null {
  try {
    return sessionStorage.getItem(ACTIVE_KEY);
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const claims = useMemo(() => readAccessTokenClaims(auth.user?.access_token), [auth.user?.access_token]);
  const profiles = useMemo(() => (claims ? profilesFromClaims(claims) : []), [claims]);
  const [activeSsin, setActiveSsin] = useState<string | null>(readStoredActive);
  const [loggingOut, setLoggingOut] = useState(false);

  const switchTo = useCallback(
    async (profile: Profile) => {
      if (!profile.allowed) return;
      await accessTokenFor(profile.ssin);
      queryClient.clear();
      sessionStorage.setItem(ACTIVE_KEY, profile.ssin);
      setActiveSsin(profile.ssin);
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    setLoggingOut(true);
    queryClient.clear();
    clearExchangedTokens();
    clearDrafts();
    sessionStorage.removeItem(ACTIVE_KEY);
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
    if (!claims || !self || !auth.isAuthenticated) return null;
    // A stored profile this user may not act for (another person logged in) falls back to themselves.
    const active = profiles.find((p) => p.ssin === activeSsin && p.allowed) ?? self;
    return { profiles, self, active, restAccess: hasRestAccess(claims), switchTo, logout, loggingOut };
  }, [claims, profiles, activeSsin, switchTo, logout, loggingOut, auth.isAuthenticated]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
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
