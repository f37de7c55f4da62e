/** The people a user may act for, from the login token's `may_act` claim. */
import { fullName } from '../domain/party';
import { mandateCoversExclusions } from '../domain/serviceContract';
import type { AccessTokenClaims, ReferencedProfile } from './claims';

export interface Profile {
  ssin: string;
  /** I.AM Connect's subject id of this person: how a profile switch may name them. */
  sub: string;
  relation: 'self' | 'child' | 'mandator';
  /** False for a mandator whose mandate does not cover medical data management. */
  allowed: boolean;
  /**
   * The login token names only the user; a relative's name is known once a token exchanged for
   * them carries their `userProfile` (see accessToken.ts).
   */
  name?: string;
}

function relativeProfile(sub: string, r: ReferencedProfile, relation: 'child' | 'mandator'): Profile {
  return { ssin: r.ssin, sub, relation, allowed: relation === 'child' || mandateCoversExclusions(r.serviceNames ?? []) };
}

export function profilesFromClaims(claims: AccessTokenClaims): Profile[] {
  const ownProfile = claims.userProfile.ssin === claims.ssin ? claims.userProfile : undefined;
  const self: Profile = {
    ssin: claims.ssin,
    sub: claims.sub,
    relation: 'self',
    allowed: true,
    name: fullName(ownProfile?.firstName, ownProfile?.lastName) ?? claims.name ?? fullName(claims.given_name, claims.family_name),
  };
  // The public interface puts one person in each entry; read every one listed all the same.
  const others = (claims.may_act ?? []).flatMap((entry) => [
    ...(entry.userProfile.children ?? []).map((c) => relativeProfile(entry.sub, c, 'child')),
    ...(entry.userProfile.mandators ?? []).map((m) => relativeProfile(entry.sub, m, 'mandator')),
  ]);
  const seen = new Set<string>([self.ssin]);
  return [self, ...others.filter((p) => !seen.has(p.ssin) && seen.add(p.ssin))];
}
