import { describe, expect, it } from 'vitest';
import { callerFromKeycloakClaims } from './auth';

// The shape of Keycloak 26.7's token exchanged with requested_subject (V1 impersonation): the relative's own claims and act.sub.
const lina = { sub: '51a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f5', ssin: '15061023446', userProfile: { ssin: '15061023446', firstName: 'Lina', lastName: 'Dubois' } };
const marc = '7a1b9c3d-2e4f-4a6b-8c0d-5e7f9a1b3c72';
const sofie = 'c4d5e6f7-0a1b-4c2d-9e3f-4a5b6c7d8e93';
const role = { resource_access: { 'ehealth-exclusion-backend': { roles: ['rest-access'] } } };

describe("the sandbox API reading Keycloak's exchanged tokens", () => {
  it('names the parent who acts for his child, not the child', () => {
    const caller = callerFromKeycloakClaims({ ...lina, ...role, act: { sub: marc } });
    expect(caller).toMatchObject({ ssin: '79030204523', firstName: 'Marc', patientSsin: '15061023446', relationship: 'parent', hasRestAccess: true });
  });

  it('refuses a token V1 impersonation gave someone who may not act for that patient', () => {
    expect(() => callerFromKeycloakClaims({ ...lina, ...role, act: { sub: sofie } })).toThrow(/may not act/);
  });

  it('reads a token for oneself as before', () => {
    expect(callerFromKeycloakClaims({ ...lina, ...role })).toMatchObject({ ssin: '15061023446', relationship: 'self' });
  });
});
