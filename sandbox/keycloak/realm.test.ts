import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../personas';
import { buildRealm, REALM_FILE, realmFileText } from './realm';

describe('the Keycloak realm file', () => {
  it('is the one sandbox/personas.ts gives (npm run keycloak:realm rewrites it)', () => {
    expect(readFileSync(REALM_FILE, 'utf8')).toBe(realmFileText());
  });

  it('has every persona and relative under the sandbox subject id, with the backend role for all but victor', () => {
    const users = buildRealm().users;
    const relatives = PERSONAS.flatMap((p) => [...p.children, ...p.mandators]);
    expect(users.map((u) => u.id).sort()).toEqual([...PERSONAS, ...relatives].map((p) => p.sub).sort());
    expect(users.filter((u) => Object.keys(u.clientRoles).length === 0).map((u) => u.username)).toEqual(['victor']);
  });

  it("names each relative in may_act by the id Keycloak knows them by (the switch's requested_subject)", () => {
    const users = buildRealm().users;
    const ids = new Set(users.map((u) => u.id));
    const marc = users.find((u) => u.username === 'marc')!;
    const mayAct = JSON.parse(marc.attributes.may_act![0]!) as { sub: string }[];
    expect(mayAct.map((m) => m.sub)).toHaveLength(2);
    expect(mayAct.every((m) => ids.has(m.sub))).toBe(true);
  });
});
