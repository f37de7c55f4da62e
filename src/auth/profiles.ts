/** The people a user may act for, derived from the token's `may_act` claim. */
import { mandateCoversExclusions } from '../domain/serviceContract';
import type { AccessTokenClaims, RelativeClaim } from './claims';

export interface Profile {
  ssin: string;
  name: string;
  relation: 'self' | 'child' | 'mandator';
  /** False for a mandator whose mandate does not cover medical data management. */
  allowed: boolean;
}

const fullName = (first?: string | null, last?: string | null) => [first, last].filter(Boolean).join(' ');

function relativeProfile(r: RelativeClaim, relation: 'child' | 'mandator'): Profile {
  return {
    ssin: r.ssin,
    name: fullName(r.firstName, r.lastName) || r.ssin,
    relation,
    allowed: relation === 'child' || mandateCoversExclusions(r.serviceNames),
  };
}

export function profilesFromClaims(claims: AccessTokenClaims): Profile[] {
  const self: Profile = {
    ssin: claims.ssin,
    name: claims.name ?? (fullName(claims.given_name, claims.family_name) || claims.ssin),
    relation: 'self',
    allowed: true,
  };
  const others = (claims.may_act ?? []).flatMap((m) => [
    ...(m.userProfile?.children ?? []).map((c) => relativeProfile(c, 'child')),
    ...(m.userProfile?.mandators ?? []).map((c) => relativeProfile(c, 'mandator')),
  ]);
  const seen = new Set<string>([self.ssin]);
  return [self, ...others.filter((p) => !seen.has(p.ssin) && seen.add(p.ssin))];
}
