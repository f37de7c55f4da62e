/**
 * What the app reads from an I.AM Connect access token: who logged in, whom the token acts for,
 * whom they may act for, and whether they have the service's role. The app never verifies the
 * token (the API does); it reads it to show the right person and profiles.
 */
import * as z from 'zod/mini';
import { EXCLUSION_BACKEND, REST_ACCESS_ROLE } from '../domain/serviceContract';

const relative = z.object({
  ssin: z.string(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  serviceNames: z._default(z.array(z.string()), []),
});

const claimsSchema = z.object({
  ssin: z.string(),
  given_name: z.optional(z.string()),
  family_name: z.optional(z.string()),
  name: z.optional(z.string()),
  userProfile: z.optional(z.object({ ssin: z.string(), firstName: z.nullish(z.string()), lastName: z.nullish(z.string()) })),
  may_act: z.optional(z.array(z.object({ userProfile: z.optional(z.object({ children: z.optional(z.array(relative)), mandators: z.optional(z.array(relative)) })) }))),
  resource_access: z.optional(z.record(z.string(), z.object({ roles: z._default(z.array(z.string()), []) }))),
});

export type AccessTokenClaims = z.infer<typeof claimsSchema>;
export type RelativeClaim = z.infer<typeof relative>;

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** The claims of a JWT access token, or undefined when it is not one the app understands. */
export function readAccessTokenClaims(accessToken: string | undefined): AccessTokenClaims | undefined {
  const payload = accessToken?.split('.')[1];
  if (!payload) return undefined;
  try {
    const parsed = claimsSchema.safeParse(decodeSegment(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function hasRestAccess(claims: AccessTokenClaims): boolean {
  return claims.resource_access?.[EXCLUSION_BACKEND]?.roles.includes(REST_ACCESS_ROLE) ?? false;
}
