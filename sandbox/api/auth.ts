/** Bearer JWT verification against the identity provider's published keys. */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { REST_ACCESS_ROLE } from '../../src/domain/serviceContract';
import { AUDIENCE, mayActClaim } from '../claims';
import { decideActingFor, findPersonaBySub } from '../personas';
import type { Revocations } from '../revocations';

export interface Caller {
  /** The person who logged in. */
  ssin: string;
  firstName: string;
  lastName: string;
  /** The person the token acts for (`userProfile`). */
  patientSsin: string;
  relationship: 'self' | 'parent' | 'mandatary';
  hasRestAccess: boolean;
  clientId: string;
}

export type TokenVerifier = (token: string) => Promise<Caller>;

interface Relative {
  ssin?: string;
}
interface Claims {
  ssin?: string;
  given_name?: string;
  family_name?: string;
  client_id?: string;
  azp?: string;
  userProfile?: { ssin?: string };
  may_act?: { userProfile?: { children?: Relative[]; mandators?: Relative[] } }[];
  resource_access?: Record<string, { roles?: string[] }>;
}

export function callerFromClaims(claims: Claims): Caller {
  const ssin = claims.ssin ?? '';
  const patientSsin = claims.userProfile?.ssin ?? ssin;
  const mayAct = claims.may_act ?? [];
  const isChild = mayAct.some((m) => m.userProfile?.children?.some((c) => c.ssin === patientSsin));
  const relationship = patientSsin === ssin ? 'self' : isChild ? 'parent' : 'mandatary';
  return {
    ssin,
    firstName: claims.given_name ?? '',
    lastName: claims.family_name ?? '',
    patientSsin,
    relationship,
    hasRestAccess: claims.resource_access?.[AUDIENCE]?.roles?.includes(REST_ACCESS_ROLE) ?? false,
    clientId: claims.client_id ?? claims.azp ?? 'unknown',
  };
}

/** A token the IdP signed for the backend, not expired and not revoked at its revocation endpoint. */
export function verifierFor(keys: JWTVerifyGetKey, issuer: string, revocations?: Revocations): TokenVerifier {
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, { issuer, audience: AUDIENCE });
    if (revocations?.has(payload.jti)) throw new Error('the token was revoked');
    return callerFromClaims(payload as Claims);
  };
}

export function remoteVerifier(issuer: string, revocations?: Revocations): TokenVerifier {
  return verifierFor(createRemoteJWKSet(new URL(`${issuer}/jwks`)), issuer, revocations);
}

/**
 * Keycloak's token exchanged with `requested_subject` (V1 impersonation) is the relative's own:
 * its `ssin` and `may_act` are theirs, and the user who acts is only its `act.sub` (a mapper of
 * sandbox/keycloak/realm.ts). The history must name that user, so the sandbox reads them from its personas.
 */
export function callerFromKeycloakClaims(claims: Claims & { act?: { sub?: string } }): Caller {
  if (!claims.act?.sub) return callerFromClaims(claims);
  const actor = findPersonaBySub(claims.act.sub);
  // V1 impersonation checks who may act and who may be acted for, never the pair (Sofie for Lina): the sandbox does.
  const decision = actor && claims.userProfile?.ssin ? decideActingFor(actor, claims.userProfile.ssin) : undefined;
  if (!actor || !decision?.ok) throw new Error(`the acting user may not act for this patient (${decision?.ok === false ? decision.reason : 'unknown user'})`);
  return callerFromClaims({ ...claims, ssin: actor.ssin, given_name: actor.firstName, family_name: actor.lastName, may_act: mayActClaim(actor) });
}

interface Discovery {
  issuer: string;
  jwks_uri: string;
  introspection_endpoint: string;
}

/**
 * Tokens of a real Keycloak realm (scripts/keycloak.mjs): issuer and keys from its discovery
 * document, and each token introspected, because Keycloak's revocation and logout end a token
 * only where Keycloak is asked (a JWT stays well signed until it expires).
 */
export async function keycloakVerifier(realmUrl: string, backend: { clientId: string; secret: string }): Promise<TokenVerifier> {
  const response = await fetch(`${realmUrl}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`${realmUrl}: no discovery document (HTTP ${response.status}): is Keycloak running (npm run keycloak)?`);
  const discovery = (await response.json()) as Discovery;
  const keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
  const basic = `Basic ${Buffer.from(`${encodeURIComponent(backend.clientId)}:${encodeURIComponent(backend.secret)}`).toString('base64')}`;
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, { issuer: discovery.issuer, audience: AUDIENCE });
    const introspection = await fetch(discovery.introspection_endpoint, {
      method: 'POST',
      headers: { Authorization: basic, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, token_type_hint: 'access_token' }),
    });
    const answer = (await introspection.json().catch(() => ({}))) as { active?: boolean };
    if (!introspection.ok || answer.active !== true) throw new Error('Keycloak says the token is no longer active');
    return callerFromKeycloakClaims(payload as Claims & { act?: { sub?: string } });
  };
}
