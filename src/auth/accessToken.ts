/**
 * The bearer token for a request, read at request time. The user's own (login) token is renewed
 * with its refresh token shortly before it expires; the API gets a token exchanged for its
 * audience (RFC 8693), for the user as for a child or mandator, kept in memory until it nears expiry.
 */
import type { User } from 'oidc-client-ts';
import { hasRestAccess, readAccessTokenClaims } from './claims';
import { fullName } from '../domain/party';
import { profilesFromClaims, type Profile } from './profiles';
import { announceSessionExpired } from './sessionEvents';
import { userManager } from './userManager';
import { tabStorage } from '../components/tabStorage';

/**
 * Renew when fewer than this many seconds are left, so a token never expires in flight; for a
 * token that lives less than twice that, when half its life is gone (else it would be renewed
 * on every use, and every renewal rotates the refresh token).
 */
const MARGIN_SECONDS = 10;

export class SessionExpiredError extends Error {
  constructor() {
    super('The session has ended');
    this.name = 'SessionExpiredError';
  }
}

export interface ExchangeSettings {
  /** The backend's client id: the exchange's `audience` and its roles' key in `resource_access`. */
  audience: string;
  clientId: string;
  /** The request parameter that names the person to act for (not public for I.AM Connect: configured). */
  subjectParameter: string;
  /** What names them: the `may_act` entry's `sub` (MyHealth's own reading) or the SSIN. */
  subjectValue: 'sub' | 'ssin';
}

/** What a token exchanged for a profile told about that person: their name and the backend's role. */
export interface ProfileDetails {
  name?: string;
  restAccess: boolean;
}

interface ExchangedToken {
  token: string;
  expiresAt: number;
  issuedAt?: number;
}

let exchangeSettings: ExchangeSettings | undefined;
let renewal: Promise<User> | undefined;
/** Keyed by the patient's SSIN; memory only. */
const exchanged = new Map<string, ExchangedToken>();
const pendingExchanges = new Map<string, Promise<string>>();
let details: ReadonlyMap<string, ProfileDetails> = new Map();
const detailListeners = new Set<() => void>();

export function configureTokenExchange(settings: ExchangeSettings): void {
  exchangeSettings = settings;
}

/** For useSyncExternalStore: a new map whenever an exchange taught something. */
export function subscribeProfileDetails(listener: () => void): () => void {
  detailListeners.add(listener);
  return () => detailListeners.delete(listener);
}

export function profileDetails(): ReadonlyMap<string, ProfileDetails> {
  return details;
}

function learn(ssin: string, learned: ProfileDetails): void {
  details = new Map(details).set(ssin, learned);
  detailListeners.forEach((listener) => listener());
}

/** Forget every exchanged token (logout, user change). */
export function clearExchangedTokens(): void {
  exchanged.clear();
  pendingExchanges.clear();
  details = new Map();
  detailListeners.forEach((listener) => listener());
}

function fresh(expiresAt: number | undefined, issuedAt: number | undefined): boolean {
  if (expiresAt === undefined) return false;
  const margin = issuedAt === undefined ? MARGIN_SECONDS : Math.min(MARGIN_SECONDS, (expiresAt - issuedAt) / 2);
  return expiresAt - Date.now() / 1000 > margin;
}

function freshUser(user: User): boolean {
  const read = readAccessTokenClaims(user.access_token);
  return fresh(user.expires_at, read.ok ? read.claims.iat : undefined);
}

async function renewUser(): Promise<User> {
  const run = async () => {
    const user = await userManager().getUser();
    if (user && freshUser(user)) return user;
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
  if (freshUser(user)) return user;
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
  endSession();
  return new SessionExpiredError();
}

/** The session is over (renewal refused, or the API refused a fresh token too): say so, keep no token. */
export function endSession(): void {
  clearExchangedTokens();
  announceSessionExpired();
}

/** Resolves after `ms` at the latest: logout must not wait on an identity provider that does not answer. */
const within = (ms: number, work: Promise<unknown>) => Promise.race([work.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))]);

/**
 * Logout: every token this tab holds (the exchanged ones, the user's access token and its refresh
 * token) revoked at the identity provider (RFC 7009), best effort and within 3 s, so that a copy
 * of any of them is worthless; the local session ends whatever the answer.
 */
export async function revokeAllTokens(): Promise<void> {
  const manager = userManager();
  const user = await manager.getUser().catch(() => null);
  // The stored user is left as it is (the end-session redirect removes it): changing it now would
  // show the page a session without tokens for a moment.
  const tokens: [string, 'access_token' | 'refresh_token'][] = [
    ...[...exchanged.values()].map((t): [string, 'access_token'] => [t.token, 'access_token']),
    ...(user?.access_token ? [[user.access_token, 'access_token'] as [string, 'access_token']] : []),
    ...(user?.refresh_token ? [[user.refresh_token, 'refresh_token'] as [string, 'refresh_token']] : []),
  ];
  clearExchangedTokens();
  const clientId = manager.settings.client_id;
  const revoke = async () => {
    const endpoint = await manager.metadataService.getRevocationEndpoint();
    if (!endpoint) return;
    await Promise.all(
      tokens.map(([token, hint]) =>
        fetch(endpoint, {
          method: 'POST',
          body: new URLSearchParams({ token, token_type_hint: hint, client_id: clientId }),
          headers: { Accept: 'application/json' },
        }),
      ),
    );
  };
  await within(3000, revoke());
}

/** The API refused this patient's token: the next request gets a new one. */
export function forgetToken(patientSsin: string): void {
  exchanged.delete(patientSsin);
}

/** OAuth errors by which the identity provider refuses this user this profile (RFC 6749 §5.2). */
const REFUSALS = new Set(['invalid_grant', 'access_denied', 'unauthorized_client']);

export class TokenExchangeError extends Error {
  override name = 'TokenExchangeError';
  constructor(
    /** The OAuth error code, or ours: `invalid_token` (unreadable claims), `not_a_profile`. */
    readonly code: string,
    /** The identity provider's own words, shown as text (never as markup). */
    readonly description?: string,
  ) {
    super(`token exchange failed: ${code}`);
  }

  /** The identity provider said no to this user acting for this person (not a fault to retry). */
  get refused(): boolean {
    return REFUSALS.has(this.code);
  }
}

/**
 * oidc-client-ts asks for the discovery document on every call until one has been answered (its
 * MetadataService keeps no call in flight), so the exchanges a reload starts together (oneself, the
 * person on screen, the relatives' names) share the one under way.
 */
let tokenEndpointOnTheWay: Promise<string | undefined> | null = null;
const tokenEndpointKey = () => `te.tokenEndpoint|${userManager().settings.authority}`;

/** The token endpoint, and whether it came from the tab's copy (which may be stale) rather than discovery. */
function tokenEndpoint(): Promise<{ endpoint: string | undefined; kept: boolean }> {
  // Kept for the tab (public, not a secret): a reload's first exchange, which the page's person
  // and data wait for, then needs no discovery round trip before it.
  const known = tabStorage().getItem(tokenEndpointKey());
  if (known) return Promise.resolve({ endpoint: known, kept: true });
  tokenEndpointOnTheWay ??= userManager()
    .metadataService.getTokenEndpoint()
    .then((endpoint) => {
      if (endpoint) tabStorage().setItem(tokenEndpointKey(), endpoint);
      return endpoint;
    })
    .finally(() => {
      tokenEndpointOnTheWay = null;
    });
  return tokenEndpointOnTheWay.then((endpoint) => ({ endpoint, kept: false }));
}

/**
 * POSTs the exchange to the token endpoint. When the tab's copy of it fails to answer (no
 * connection, or 404: the identity provider moved it), that copy is dropped and discovery asked
 * once, so a stale copy costs one retry rather than the session.
 */
async function postExchange(body: URLSearchParams): Promise<Response> {
  const { endpoint, kept } = await tokenEndpoint();
  if (!endpoint) throw new Error('the identity provider has no token endpoint');
  const post = (url: string) => fetch(url, { method: 'POST', body, headers: { Accept: 'application/json' } });
  if (!kept) return post(endpoint);
  const response = await post(endpoint).catch(() => undefined);
  if (response && response.status !== 404) return response;
  tabStorage().removeItem(tokenEndpointKey());
  const fresh = await tokenEndpoint();
  if (!fresh.endpoint) throw new Error('the identity provider has no token endpoint');
  return post(fresh.endpoint);
}

/**
 * An RFC 8693 exchange of the user's token for one for the backend, as MyHealth's host apps do
 * (smals-belgium/shared-referral-prescription-webcomponent, reuse/code/services/auth-exchange.service.ts),
 * naming the person to act for when it is not the user.
 */
async function exchange(profile: Profile, subjectToken: string): Promise<string> {
  if (!exchangeSettings) throw new Error('token exchange is not configured');
  const body = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    client_id: exchangeSettings.clientId,
    subject_token: subjectToken,
    subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    audience: exchangeSettings.audience,
  });
  if (profile.relation !== 'self') body.set(exchangeSettings.subjectParameter, profile[exchangeSettings.subjectValue]);
  const response = await postExchange(body);
  const json = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !json.access_token) throw new TokenExchangeError(json.error ?? `http_${response.status}`, json.error_description);

  const read = readAccessTokenClaims(json.access_token);
  if (!read.ok) throw new TokenExchangeError('invalid_token', read.problems.join('; '));
  // A token for someone else than asked would show one person's data under another's name.
  if (read.claims.userProfile.ssin !== profile.ssin) throw new TokenExchangeError('invalid_token', 'userProfile names another person');
  learn(profile.ssin, {
    name: fullName(read.claims.userProfile.firstName, read.claims.userProfile.lastName),
    restAccess: hasRestAccess(read.claims, exchangeSettings.audience),
  });
  exchanged.set(profile.ssin, { token: json.access_token, expiresAt: read.claims.exp, issuedAt: read.claims.iat });
  return json.access_token;
}

/** The profile of the logged-in user's token that has this SSIN. */
function profileOf(user: User, patientSsin: string): Profile {
  const read = readAccessTokenClaims(user.access_token);
  if (!read.ok) throw new TokenExchangeError('invalid_token', read.problems.join('; '));
  const profile = profilesFromClaims(read.claims).find((p) => p.ssin === patientSsin);
  if (!profile?.allowed) throw new TokenExchangeError('not_a_profile');
  return profile;
}

/**
 * The page paints before its first exchange is sent: the exchange cannot make that paint sooner,
 * and the heading and the loading line come before the data's wait starts. The exchange waits
 * for the browser's first largest-paint report after the data was asked for (the page's lead,
 * drawn in the same render): Lighthouse puts a request that starts before that paint is presented
 * on its path, and a new connection to the identity provider there cost the list's score (in one
 * run of six when the exchange waited two frames and an idle moment). At most 100 ms: a tab in
 * the background, a browser that does not report it, or a render that adds no larger paint.
 */
let firstPaint: Promise<void> | null = null;
function afterFirstPaint(): Promise<void> {
  firstPaint ??= new Promise<void>((resolve) => {
    const asked = performance.now();
    const observer = globalThis.PerformanceObserver?.supportedEntryTypes.includes('largest-contentful-paint')
      ? new PerformanceObserver((entries) => {
          if (entries.getEntries().some((entry) => entry.startTime >= asked)) done();
        })
      : undefined;
    function done() {
      observer?.disconnect();
      resolve();
    }
    observer?.observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(done, 100);
  });
  return firstPaint;
}

/**
 * The token to call the API for this patient: always one exchanged for the backend's audience
 * (for oneself too: the login token carries no backend role), kept in memory until it nears expiry.
 */
export async function accessTokenFor(patientSsin: string): Promise<string> {
  await afterFirstPaint();
  const user = await currentUser();
  const cached = exchanged.get(patientSsin);
  if (cached && fresh(cached.expiresAt, cached.issuedAt)) return cached.token;
  let pending = pendingExchanges.get(patientSsin);
  if (!pending) {
    pending = Promise.resolve()
      .then(() => exchange(profileOf(user, patientSsin), user.access_token))
      .finally(() => pendingExchanges.delete(patientSsin));
    pendingExchanges.set(patientSsin, pending);
  }
  return pending;
}
