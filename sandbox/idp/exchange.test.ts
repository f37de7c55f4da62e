/** RFC 8693 token exchange at the sandbox identity provider, over real HTTP. */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, tokenFor } from '../testing';

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

async function exchange(subjectToken: string, requestedSubject: string) {
  const response = await fetch(`${sandbox.issuer}/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      client_id: 'test-client',
      subject_token: subjectToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      audience: 'ehealth-exclusion-backend',
      requested_subject: requestedSubject,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('token exchange', () => {
  it.each([
    ['marc', '15061023446', 'Lina'],
    ['marc', '18113056784', 'Tom'],
    ['sofie', '40090911137', 'Georges'],
  ])('%s may act for %s (%s): the new token names them in userProfile and works at the API', async (login, ssin, firstName) => {
    const { status, body } = await exchange(await tokenFor(sandbox, login), ssin);
    expect(status).toBe(200);
    expect(body.issued_token_type).toBe('urn:ietf:params:oauth:token-type:access_token');
    const claims = decodeJwt(String(body.access_token));
    expect(claims.aud).toBe('ehealth-exclusion-backend');
    expect(claims.userProfile).toEqual({ ssin, firstName, lastName: expect.any(String) });
    const api = await fetch(`${sandbox.apiUrl}/histories/${ssin}?pageSize=1`, { headers: { Authorization: `Bearer ${String(body.access_token)}`, From: 'tests@example.org' } });
    expect([200, 404]).toContain(api.status);
  });

  it('refuses Maria, whose mandate does not cover medicaldatamanagement, with a description', async () => {
    const { status, body } = await exchange(await tokenFor(sandbox, 'sofie'), '42040422283');
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
    expect(String(body.error_description)).toMatch(/medicaldatamanagement/);
  });

  it('refuses a stranger and a forged subject token', async () => {
    expect((await exchange(await tokenFor(sandbox, 'anna'), '15061023446')).status).toBe(400);
    expect((await exchange('not-a-token', '15061023446')).body.error).toBe('invalid_grant');
  });
});
