/** Bearer JWT verification against the identity provider's published keys. */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { REST_ACCESS_ROLE } from '../../src/domain/serviceContract';
import { AUDIENCE } from '../claims';
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
