/**
 * The host's tokens (guideline 05, HostServices#getAccessToken): asked for before each request, for
 * the backend's audience, never stored. The person shown is the one the token names
 * (`userProfile.ssin`); a token naming someone else means the host switched profile: the other
 * person's cache and drafts are dropped and the pages are drawn again for the new one.
 */
import type { HostServices } from '@smals-belgium/myhealth-wc-integration';
import { TokenUnavailableError, type TokenSource } from '../api/tokenSource';
import { readAccessTokenClaims } from '../auth/claims';
import type { Profile } from '../auth/profiles';
import type { ActivePerson } from '../components/activePerson';
import { fullName } from '../domain/party';
import { EXCLUSION_BACKEND } from '../domain/serviceContract';

let services: HostServices | undefined;
let person: ActivePerson | undefined;
const listeners = new Set<() => void>();
const switchHandlers = new Set<() => void>();

export function provideHostServices(next: HostServices): void {
  services = next;
}

export function subscribePerson(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentPerson(): ActivePerson | undefined {
  return person;
}

/** Runs when the host has switched to another person (the cache and drafts go). */
export function onPersonSwitch(handler: () => void): () => void {
  switchHandlers.add(handler);
  return () => switchHandlers.delete(handler);
}

export function setPerson(next: ActivePerson | undefined): void {
  if (next?.active.ssin === person?.active.ssin && next?.self.ssin === person?.self.ssin) return;
  if (person) switchHandlers.forEach((handler) => handler());
  person = next;
  listeners.forEach((listener) => listener());
}

function personOf(token: string): ActivePerson {
  const read = readAccessTokenClaims(token);
  if (!read.ok) throw new TokenUnavailableError('session');
  const { claims } = read;
  const acting = claims.userProfile.ssin !== claims.ssin;
  const self: Profile = {
    ssin: claims.ssin,
    sub: claims.sub,
    relation: 'self',
    allowed: true,
    name: claims.name ?? fullName(claims.given_name, claims.family_name),
  };
  const active: Profile = acting
    ? {
        ssin: claims.userProfile.ssin,
        sub: claims.sub,
        relation: 'mandator',
        allowed: true,
        name: fullName(claims.userProfile.firstName, claims.userProfile.lastName),
      }
    : { ...self, name: fullName(claims.userProfile.firstName, claims.userProfile.lastName) ?? self.name };
  return { active, self };
}

async function hostToken(): Promise<{ token: string; person: ActivePerson }> {
  if (!services) throw new TokenUnavailableError('session');
  let token: string;
  try {
    token = await services.getAccessToken(EXCLUSION_BACKEND);
  } catch {
    // The host has no valid token (guideline: the promise is then rejected).
    throw new TokenUnavailableError('session');
  }
  return { token, person: personOf(token) };
}

/** Asks the host whom its token names now, and makes that the person shown. */
export async function identify(): Promise<ActivePerson> {
  const { person: named } = await hostToken();
  setPerson(named);
  return named;
}

export const hostTokenSource: TokenSource = {
  async tokenFor(patientSsin) {
    const { token, person: named } = await hostToken();
    if (named.active.ssin !== patientSsin) {
      // The host switched profile since this page was drawn: never send one person's request with another's token.
      setPerson(named);
      throw new TokenUnavailableError('refused');
    }
    return token;
  },
  // The token is the host's: there is nothing of ours to forget, and no session of ours to end.
  forget: () => undefined,
  ended: () => undefined,
};
