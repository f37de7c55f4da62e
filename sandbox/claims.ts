/**
 * The claims of the sandbox's access tokens, in the shape I.AM Connect gives citizens. Public
 * evidence: smals-belgium/shared-referral-prescription-webcomponent,
 * reuse/code/interfaces/ehealth-token*.interface.ts (see the README's "Compatibility with I.AM
 * Connect"). Where the public code is silent (the exchanged token's `sub` and `act`, the login
 * token's audience), the choice is ours and the app does not depend on it.
 */
import type { Persona, Person } from './personas';

import { EXCLUSION_BACKEND as AUDIENCE, REST_ACCESS_ROLE } from '../src/domain/serviceContract';

export { AUDIENCE };

/** The login token's audience: Keycloak's account client, never the exclusion backend. */
export const LOGIN_AUDIENCE = 'account';

/** What the token needs to know of the login it stands on. */
export interface TokenContext {
  clientId: string;
  appOrigins: readonly string[];
  scope: string;
  /** The IdP session id and the time the user authenticated (seconds). */
  sid: string;
  authTime: number;
}

/**
 * A login token (no backend role, audience `account`), or a token exchanged for the exclusion
 * backend acting for `actingFor` (oneself by default): its `userProfile` names that person, its
 * `resource_access` carries the backend's role, and `act` names the user when they act for
 * someone else (RFC 8693 §4.1).
 */
export type TokenKind = { kind: 'login' } | { kind: 'backend'; actingFor?: Person };

/** One entry per relative, with their subject id, SSIN and mandate types: never a name. */
export function mayActClaim(persona: Persona) {
  return [
    ...persona.children.map((c) => ({ sub: c.sub, userProfile: { children: [{ ssin: c.ssin, serviceNames: c.serviceNames }] } })),
    ...persona.mandators.map((m) => ({ sub: m.sub, userProfile: { mandators: [{ ssin: m.ssin, serviceNames: m.serviceNames }] } })),
  ];
}

/** Every claim but the registered ones the signer sets (iss, iat, exp, jti). */
export function accessTokenClaims(persona: Persona, context: TokenContext, token: TokenKind) {
  const profile = token.kind === 'backend' ? (token.actingFor ?? persona) : persona;
  const mayAct = mayActClaim(persona);
  const roles = token.kind === 'login' ? { account: { roles: ['view-profile'] } } : persona.restAccess ? { [AUDIENCE]: { roles: [REST_ACCESS_ROLE] } } : {};
  return {
    sub: profile.sub,
    ...(profile.sub === persona.sub ? {} : { act: { sub: persona.sub } }),
    typ: 'Bearer',
    azp: context.clientId,
    aud: [token.kind === 'login' ? LOGIN_AUDIENCE : AUDIENCE],
    'allowed-origins': [...context.appOrigins],
    scope: context.scope,
    sid: context.sid,
    auth_time: context.authTime,
    ssin: persona.ssin,
    name: `${persona.firstName} ${persona.lastName}`,
    given_name: persona.firstName,
    family_name: persona.lastName,
    preferred_username: persona.login,
    locale: persona.locale,
    userProfile: { ssin: profile.ssin, firstName: profile.firstName, lastName: profile.lastName },
    ...(mayAct.length > 0 ? { may_act: mayAct } : {}),
    resource_access: roles,
  };
}
