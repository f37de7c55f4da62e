/**
 * The bearer token for a request, read at request time. The user's own token is renewed with
 * its refresh token shortly before it expires; a token for a child or mandator comes from an
 * RFC 8693 exchange and is kept in memory until it nears expiry.
 */
import type { User } from 'oidc-client-ts';
import { announceSessionExpired } from './sessionEvents';
import { readAccessTokenClaims } from './claims';
import { userManager } from './userManager';

/** Renew when fewer than this many seconds are left, so a token never expires in flight. */
const MARGIN_SECONDS = 10;

export class SessionExpiredError extends Error {
  constructor() {
    super('The session has ended');
    this.name = 'SessionExpiredError';
  }
}

export interface ExchangeSettings {
  audience: string;
  clientId: string;
}

let exchangeSettings: ExchangeSettings | undefined;
let renewal: Promise<User> | undefined;
const exchanged = new Map<string, { token: string; expiresAt: number }>();
const pendingExchanges = new Map<string, Promise<string>>();

export function configureTokenExchange(settings: ExchangeSettings): void {
  exchangeSettings = settings;
}

/** Forget every exchanged token (logout, user change). */
export function clearExchangedTokens(): void {
  exchanged.clear();
  pendingExchanges.clear();
}

const fresh = (expiresAtSeconds: number | undefined) => (expiresAtSeconds ?? 0) - Date.now() / 1000 > MARGIN_SECONDS;

async function renewUser(): Promise<User> {
  const run = async () => {
    const user = await userManager().getUser();
    if (user && fresh(user.expires_at)) return user;
    const renewed = await userManager().signinSilent();
    if (!renewed) throw new SessionExpiredError();
    return renewed;
  };
  // One renewal at a time, in this tab and (where supported) across tabs of this origin.
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('exclusions-token-renewal', run) : run();
}

/** The logged-in user's own token, renewed first when it is about to expire. */
export async function currentUser(): Promise<User> {
  const user = await userManager().getUser();
  if (!user) throw new SessionExpiredError();
  if (fresh(user.expires_at)) return user;
  if (!user.refresh_token) throw expire();
  renewal ??= renewUser().finally(() => {
    renewal = undefined;
  });
  try {
    return await renewal;
  } catch {
    throw expire();
  }
}

function expire(): SessionExpiredError {
  clearExchangedTokens();
  announceSessionExpired();
  return new SessionExpiredError();
}

async function exchange(patientSsin: string, subjectToken: string): Promise<string> {
  if (!exchangeSettings) throw new Error('token exchange is not configured');
  const tokenEndpoint = await userManager().metadataService.getTokenEndpoint();
  if (!tokenEndpoint) throw new Error('the identity provider has no token endpoint');
  const body = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    client_id: exchangeSettings.clientId,
    subject_token: subjectToken,
    subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    audience: exchangeSettings.audience,
    requested_subject: patientSsin,
  });
  const response = await fetch(tokenEndpoint, { method: 'POST', body, headers: { Accept: 'application/json' } });
  const json = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error_description?: string };
  if (!response.ok || !json.access_token) {
    throw new TokenExchangeError(json.error_description ?? `HTTP ${response.status}`);
  }
  exchanged.set(patientSsin, { token: json.access_token, expiresAt: Date.now() / 1000 + (json.expires_in ?? 60) });
  return json.access_token;
}

export class TokenExchangeError extends Error {
  override name = 'TokenExchangeError';
}

/** The token to call the API for this patient: the user's own, or an exchanged one. */
export async function accessTokenFor(patientSsin: string): Promise<string> {
  const user = await currentUser();
  const claims = readAccessTokenClaims(user.access_token);
  if ((claims?.userProfile?.ssin ?? claims?.ssin) === patientSsin) return user.access_token;
  const cached = exchanged.get(patientSsin);
  if (cached && fresh(cached.expiresAt)) return cached.token;
  let pending = pendingExchanges.get(patientSsin);
  if (!pending) {
    pending = exchange(patientSsin, user.access_token).finally(() => pendingExchanges.delete(patientSsin));
    pendingExchanges.set(patientSsin, pending);
  }
  return pending;
}
