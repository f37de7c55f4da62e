/**
 * The sandbox identity provider against I.AM Connect's public token shape, over real HTTP: login
 * tokens from the real authorization code flow, RFC 8693 exchanges for the backend, both ways of
 * naming the person to act for, and every refusal. Every token is read with the app's own claims
 * schema, extended with the claims of the public interface the app does not read.
 */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { accessTokenClaimsSchema } from '../../src/auth/claims';
import { findPersona, PERSONAS } from '../personas';
import { FROM, loginThroughIdp, startTestSandbox, tokenFor } from '../testing';

const BACKEND = 'ehealth-exclusion-backend';
const CONTROL = { 'X-Sandbox-Control': '1' };
const LINA = findPersona('marc')!.children[0]!;
const TOM = findPersona('marc')!.children[1]!;
const GEORGES = findPersona('sofie')!.mandators[0]!;
const MARIA = findPersona('sofie')!.mandators[1]!;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every claim of smals-belgium/shared-referral-prescription-webcomponent's EHealthToken but may_act (optional there). */
const PUBLIC_CLAIMS = [
  'ssin',
  'sub',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'locale',
  'userProfile',
  'sid',
  'jti',
  'exp',
  'iat',
  'auth_time',
  'iss',
  'azp',
  'aud',
  'typ',
  'allowed-origins',
  'scope',
  'resource_access',
];

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
let bySsin: Awaited<ReturnType<typeof startTestSandbox>>;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  bySsin = await startTestSandbox({ exchangeSubject: 'ssin' });
});
afterAll(async () => {
  await sandbox.close();
  await bySsin.close();
});

async function exchange(subjectToken: string, requestedSubject?: string, at = sandbox) {
  const body = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    client_id: 'test-client',
    subject_token: subjectToken,
    subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    audience: BACKEND,
  });
  if (requestedSubject !== undefined) body.set('requested_subject', requestedSubject);
  const response = await fetch(`${at.issuer}/token`, { method: 'POST', body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const apiStatus = async (token: string, ssin: string, at = sandbox) =>
  (await fetch(`${at.apiUrl}/therapeuticExclusions/${ssin}`, { headers: { Authorization: `Bearer ${token}`, From: FROM } })).status;

/**
 * The whole public interface (smals-belgium/shared-referral-prescription-webcomponent,
 * reuse/code/interfaces/ehealth-token.interface.ts): the app's schema and the claims it does not
 * read, with their types there; `act` (RFC 8693 §4.1) is not in the interface.
 */
const publicTokenSchema = z.extend(accessTokenClaimsSchema, {
  preferred_username: z.string(),
  sid: z.string(),
  jti: z.string(),
  iat: z.number(),
  auth_time: z.number(),
  iss: z.string(),
  azp: z.string(),
  aud: z.array(z.string()),
  typ: z.string(),
  'allowed-origins': z.array(z.string()),
  scope: z.string(),
  act: z.optional(z.object({ sub: z.string() })),
});

const claimsOf = (token: unknown) => publicTokenSchema.parse(decodeJwt(String(token)));

describe('login tokens (authorization code + PKCE)', () => {
  it.each(PERSONAS.map((p) => [p.login]))("%s: every public claim, parsed by the app's schema, a stable opaque sub, no backend role", async (login) => {
    const persona = findPersona(login)!;
    const { access_token } = await loginThroughIdp(sandbox, login);
    const raw = decodeJwt(access_token);
    expect(Object.keys(raw)).toEqual(expect.arrayContaining(PUBLIC_CLAIMS));
    const claims = claimsOf(access_token);
    expect(claims.sub).toBe(persona.sub);
    expect(claims.sub).toMatch(UUID);
    expect(claims.ssin).toBe(persona.ssin);
    expect(claims.locale).toBe(persona.locale);
    expect(claims.userProfile).toEqual({ ssin: persona.ssin, firstName: persona.firstName, lastName: persona.lastName });
    expect(raw.aud).toEqual(['account']);
    expect(raw.typ).toBe('Bearer');
    expect(raw.azp).toBe('test-client');
    expect(claims.resource_access?.[BACKEND]).toBeUndefined();
    // The API wants a token exchanged for its audience.
    expect(await apiStatus(access_token, persona.ssin)).toBe(401);
  });

  it('renews with a session-bound refresh token: no offline_access asked, none granted', async () => {
    const login = (await loginThroughIdp(sandbox, 'anna')) as { refresh_token?: string; scope?: string };
    expect(login.refresh_token).toBeTruthy();
    expect(login.scope?.split(' ')).not.toContain('offline_access');
    const renewed = await fetch(`${sandbox.issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: login.refresh_token!, client_id: 'test-client' }),
    });
    expect(renewed.status).toBe(200);
    expect(((await renewed.json()) as { scope: string }).scope.split(' ')).not.toContain('offline_access');
  });

  it('gives the four personas four languages', () => {
    expect(new Set(PERSONAS.map((p) => p.locale))).toEqual(new Set(['nl', 'fr', 'de', 'en']));
  });

  it('lists one relative per may_act entry, with sub, SSIN and serviceNames: never a name', async () => {
    const marc = claimsOf((await loginThroughIdp(sandbox, 'marc')).access_token);
    expect(marc.may_act).toEqual([
      { sub: LINA.sub, userProfile: { children: [{ ssin: LINA.ssin, serviceNames: [] }] } },
      { sub: TOM.sub, userProfile: { children: [{ ssin: TOM.ssin, serviceNames: [] }] } },
    ]);
    const sofie = decodeJwt((await loginThroughIdp(sandbox, 'sofie')).access_token);
    expect(sofie.may_act).toEqual([
      { sub: GEORGES.sub, userProfile: { mandators: [{ ssin: GEORGES.ssin, serviceNames: ['medicaldatamanagement'] }] } },
      { sub: MARIA.sub, userProfile: { mandators: [{ ssin: MARIA.ssin, serviceNames: ['recipe'] }] } },
    ]);
    for (const login of ['marc', 'sofie']) {
      const mayAct = JSON.stringify(decodeJwt((await loginThroughIdp(sandbox, login)).access_token).may_act);
      expect(mayAct).not.toMatch(/"(name|firstName|lastName|given_name|family_name)"|Lina|Tom|Georges|Maria|Lambert|Dubois/);
    }
    expect(decodeJwt((await loginThroughIdp(sandbox, 'anna')).access_token).may_act).toBeUndefined();
  });
});

describe("token exchange for the backend (by the may_act entry's sub)", () => {
  it.each([['anna'], ['marc'], ['sofie']])('%s for oneself: the backend audience and role, own userProfile, no act', async (login) => {
    const persona = findPersona(login)!;
    const { status, body } = await exchange((await loginThroughIdp(sandbox, login)).access_token);
    expect(status).toBe(200);
    expect(body.issued_token_type).toBe('urn:ietf:params:oauth:token-type:access_token');
    const raw = decodeJwt(String(body.access_token));
    expect(Object.keys(raw)).toEqual(expect.arrayContaining(PUBLIC_CLAIMS));
    const claims = claimsOf(body.access_token);
    expect(raw.aud).toEqual([BACKEND]);
    expect(claims.resource_access?.[BACKEND]?.roles).toEqual(['rest-access']);
    expect(claims.userProfile).toEqual({ ssin: persona.ssin, firstName: persona.firstName, lastName: persona.lastName });
    expect(claims.sub).toBe(persona.sub);
    expect(claims.act).toBeUndefined();
    expect([200, 404]).toContain(await apiStatus(String(body.access_token), persona.ssin));
  });

  it('victor for himself: a token without the role, which the API refuses with 403', async () => {
    const { status, body } = await exchange((await loginThroughIdp(sandbox, 'victor')).access_token);
    expect(status).toBe(200);
    expect(claimsOf(body.access_token).resource_access?.[BACKEND]).toBeUndefined();
    expect(await apiStatus(String(body.access_token), findPersona('victor')!.ssin)).toBe(403);
  });

  it.each([
    ['marc', LINA],
    ['marc', TOM],
    ['sofie', GEORGES],
  ])('%s for %o: userProfile names them, act names the user, the API answers', async (login, relative) => {
    const user = findPersona(login)!;
    const { status, body } = await exchange((await loginThroughIdp(sandbox, login)).access_token, relative.sub);
    expect(status).toBe(200);
    const claims = claimsOf(body.access_token);
    expect(claims.userProfile).toEqual({ ssin: relative.ssin, firstName: relative.firstName, lastName: relative.lastName });
    expect(claims.sub).toBe(relative.sub);
    expect(claims.act).toEqual({ sub: user.sub });
    expect(claims.resource_access?.[BACKEND]?.roles).toEqual(['rest-access']);
    expect([200, 404]).toContain(await apiStatus(String(body.access_token), relative.ssin));
  });

  it('refuses Maria, whose mandate does not cover medicaldatamanagement, with a description', async () => {
    const { status, body } = await exchange((await loginThroughIdp(sandbox, 'sofie')).access_token, MARIA.sub);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
    expect(String(body.error_description)).toMatch(/medicaldatamanagement/);
  });

  it('refuses a stranger, an SSIN where a sub is expected, and a forged subject token', async () => {
    const anna = (await loginThroughIdp(sandbox, 'anna')).access_token;
    expect((await exchange(anna, LINA.sub)).body.error).toBe('invalid_grant');
    const marc = (await loginThroughIdp(sandbox, 'marc')).access_token;
    const bySsinHere = await exchange(marc, LINA.ssin);
    expect(bySsinHere.body.error).toBe('invalid_grant');
    expect(String(bySsinHere.body.error_description)).toMatch(/may_act entry's sub/);
    expect((await exchange('not-a-token', LINA.sub)).body.error).toBe('invalid_grant');
  });
});

describe('token exchange where the identity provider names the person by SSIN (SANDBOX_EXCHANGE_SUBJECT=ssin)', () => {
  it('marc gets Lina by her SSIN, not by her sub; Maria is still refused', async () => {
    const marc = (await loginThroughIdp(bySsin, 'marc')).access_token;
    const lina = await exchange(marc, LINA.ssin, bySsin);
    expect(lina.status).toBe(200);
    expect(claimsOf(lina.body.access_token).userProfile.ssin).toBe(LINA.ssin);
    expect([200, 404]).toContain(await apiStatus(String(lina.body.access_token), LINA.ssin, bySsin));
    expect((await exchange(marc, LINA.sub, bySsin)).body.error).toBe('invalid_grant');
    const sofie = (await loginThroughIdp(bySsin, 'sofie')).access_token;
    expect(String((await exchange(sofie, MARIA.ssin, bySsin)).body.error_description)).toMatch(/medicaldatamanagement/);
  });

  it('the loopback control switches the running sandbox between the two', async () => {
    const marc = (await loginThroughIdp(sandbox, 'marc')).access_token;
    expect((await fetch(`${sandbox.issuer}/__sandbox/exchange-subject?by=ssin`, { method: 'POST', headers: CONTROL })).status).toBe(204);
    expect((await exchange(marc, LINA.ssin)).status).toBe(200);
    expect((await fetch(`${sandbox.issuer}/__sandbox/exchange-subject?by=sub`, { method: 'POST', headers: CONTROL })).status).toBe(204);
    expect((await exchange(marc, LINA.ssin)).status).toBe(400);
    expect((await fetch(`${sandbox.issuer}/__sandbox/exchange-subject?by=name`, { method: 'POST', headers: CONTROL })).status).toBe(400);
  });
});

describe('the signed test tokens match what the IdP issues', () => {
  it('tokenFor() has the same claims as an exchanged token, but jti, iat, exp, sid, auth_time', async () => {
    const issued = decodeJwt(String((await exchange((await loginThroughIdp(sandbox, 'marc')).access_token, LINA.sub)).body.access_token));
    const signed = decodeJwt(await tokenFor(sandbox, 'marc', LINA.ssin));
    const shape = ({ jti: _j, iat: _i, exp: _e, sid: _s, auth_time: _a, azp: _z, ...rest }: Record<string, unknown>) => rest;
    expect(shape(signed)).toEqual(shape(issued));
  });
});

describe('revocation (logout)', () => {
  const revoke = (token: string, hint: string) =>
    fetch(`${sandbox.issuer}/token/revocation`, { method: 'POST', body: new URLSearchParams({ token, token_type_hint: hint, client_id: 'test-client' }) });

  it('a revoked exchanged token is refused by the API; a revoked login token can no longer be exchanged; a revoked refresh token no longer renews', async () => {
    const login = (await loginThroughIdp(sandbox, 'marc')) as { access_token: string; refresh_token: string };
    const lina = String((await exchange(login.access_token, LINA.sub)).body.access_token);
    expect([200, 404]).toContain(await apiStatus(lina, LINA.ssin));

    expect((await revoke(lina, 'access_token')).status).toBe(200);
    expect(await apiStatus(lina, LINA.ssin)).toBe(401);

    expect((await revoke(login.access_token, 'access_token')).status).toBe(200);
    const refused = await exchange(login.access_token, TOM.sub);
    expect(refused.body.error).toBe('invalid_grant');

    expect((await revoke(login.refresh_token, 'refresh_token')).status).toBe(200);
    const renewed = await fetch(`${sandbox.issuer}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: login.refresh_token, client_id: 'test-client' }),
    });
    expect(renewed.status).toBe(400);
  });
});
