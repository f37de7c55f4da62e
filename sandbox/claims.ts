import type { Persona, Person, Relative } from './personas';

import { EXCLUSION_BACKEND as AUDIENCE, REST_ACCESS_ROLE } from '../src/domain/serviceContract';

export { AUDIENCE };

const relative = ({ ssin, firstName, lastName, serviceNames }: Relative) => ({ ssin, firstName, lastName, serviceNames });

/**
 * The citizen claims of an I.AM Connect access token (shape from public Smals code, see
 * ../shared/spec/README.md). `userProfile` is the person the token acts for. The sandbox adds
 * firstName/lastName to each child and mandator so the app can name them.
 */
export function citizenClaims(persona: Persona, actingFor: Person) {
  return {
    ssin: persona.ssin,
    name: `${persona.firstName} ${persona.lastName}`,
    given_name: persona.firstName,
    family_name: persona.lastName,
    locale: persona.locale,
    userProfile: { ssin: actingFor.ssin, firstName: actingFor.firstName, lastName: actingFor.lastName },
    may_act: [
      {
        sub: persona.login,
        userProfile: {
          ...(persona.children.length > 0 ? { children: persona.children.map(relative) } : {}),
          ...(persona.mandators.length > 0 ? { mandators: persona.mandators.map(relative) } : {}),
        },
      },
    ],
    resource_access: { [AUDIENCE]: { roles: persona.restAccess ? [REST_ACCESS_ROLE] : [] } },
  };
}
