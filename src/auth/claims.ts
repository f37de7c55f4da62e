/**
 * The claims of an I.AM Connect access token that the app reads, as Smals' open MyHealth
 * components declare them (smals-belgium/shared-referral-prescription-webcomponent,
 * reuse/code/interfaces/ehealth-token.interface.ts, ehealth-token-may-act.interface.ts,
 * ehealth-token-citizen.interface.ts). One schema for the login token and the tokens exchanged for
 * the backend. What the app relies on is required, what it reads when present is optional; the
 * interface's other claims (`aud`, `azp`, `sid`, `scope`…) are not read, so not checked: a real
 * token that gives one of them another shape still works. The sandbox's contract test checks its
 * tokens against the whole interface (sandbox/idp/exchange.test.ts). The app never verifies a
 * token (the API does): it reads it to show the right people and to know the backend's roles.
 */
import * as z from 'zod/mini';
import { REST_ACCESS_ROLE } from '../domain/serviceContract';

/** A person linked to the user: only an SSIN and mandate types, never a name. */
const referencedProfile = z.object({ ssin: z.string(), serviceNames: z.optional(z.array(z.string())) });

/** One `may_act` entry: the `sub` that names this person in a profile switch, and one child or mandator. */
const mayActEntry = z.object({
  sub: z.string(),
  userProfile: z.object({ children: z.optional(z.array(referencedProfile)), mandators: z.optional(z.array(referencedProfile)) }),
});

export const accessTokenClaimsSchema = z.object({
  ssin: z.string(),
  sub: z.string(),
  name: z.optional(z.string()),
  given_name: z.optional(z.string()),
  family_name: z.optional(z.string()),
  /** Two letters (nl, fr, de, en), "so not really a locale". */
  locale: z.optional(z.string()),
  /** The person the token acts for: the user in the login token, the person switched to after an exchange. */
  userProfile: z.object({ ssin: z.string(), firstName: z.nullish(z.string()), lastName: z.nullish(z.string()) }),
  may_act: z.optional(z.array(mayActEntry)),
  exp: z.number(),
  iat: z.optional(z.number()),
  /** Keycloak leaves it out when the user has no client role at all. */
  resource_access: z.optional(z.record(z.string(), z.object({ roles: z.optional(z.array(z.string())) }))),
});

export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;
export type MayActEntry = z.infer<typeof mayActEntry>;
export type ReferencedProfile = z.infer<typeof referencedProfile>;

export type ClaimsResult = { ok: true; claims: AccessTokenClaims } | { ok: false; problems: string[] };

function decodeSegment(segment: string): unknown {
  const base64 = segment
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The last token read: the session and its token check read the same login token on each render. */
let lastRead: { token: string; result: ClaimsResult } | undefined;

/** The claims of a JWT access token, or what is wrong with them (claim paths, never values). */
export function readAccessTokenClaims(accessToken: string): ClaimsResult {
  if (lastRead?.token !== accessToken) lastRead = { token: accessToken, result: parseClaims(accessToken) };
  return lastRead.result;
}

function parseClaims(accessToken: string): ClaimsResult {
  const payload = accessToken.split('.')[1];
  let decoded: unknown;
  try {
    decoded = payload ? decodeSegment(payload) : undefined;
  } catch {
    decoded = undefined;
  }
  if (decoded === undefined) return { ok: false, problems: ['the access token is not a JWT'] };
  const parsed = accessTokenClaimsSchema.safeParse(decoded);
  if (parsed.success) return { ok: true, claims: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(token)'}: ${issue.message}`) };
}

/**
 * Whether a token exchanged for the backend carries the role its API requires (cookbook §5.1.1),
 * under the backend's client id (the exchange's audience), as the MyHealth components read it.
 */
export function hasRestAccess(claims: AccessTokenClaims, backendClientId: string): boolean {
  return claims.resource_access?.[backendClientId]?.roles?.includes(REST_ACCESS_ROLE) ?? false;
}
