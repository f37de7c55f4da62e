/** The cookbook's contract, over real HTTP, against the sandbox API and its identity provider. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSigningKey } from '../keys';
import { APP_ORIGIN, FROM, startTestSandbox, tokenFor } from '../testing';

const ANNA = '85071412330';
const LINA = '15061023446';
const TOM = '18113056784';
const JAN_MAES = '72051430150';
const NURSE = '88120140245';
const TWO_PROFESSIONS = '75082161102';
const PHARMACY = '65120355';

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
let anna: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  anna = await tokenFor(sandbox, 'anna');
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.store.reset());

const call = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${sandbox.apiUrl}${path}`, {
    ...init,
    headers: {
      From: FROM,
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...init.headers,
    },
  });

const post = (body: unknown, token = anna) => call('/therapeuticExclusions', { method: 'POST', token, body: JSON.stringify(body) });

const practitionerBody = (patient: string, ssin: string, code: string) => ({
  patient: { identifier: [{ type: 'ssin', value: patient }] },
  hcParty: { identifier: [{ type: 'ssin', value: ssin }], qualificationCode: code },
});
const pharmacyBody = (patient: string, nihii: string) => ({
  patient: { identifier: [{ type: 'ssin', value: patient }] },
  hcParty: { identifier: [{ type: 'nihii', value: nihii }], qualificationCode: 'orgpharmacy' },
});

async function expectError(response: Response, status: number, code: string, message?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await response.json()) as { code: string; message: string }[];
  expect(body[0]?.code).toBe(code);
  if (message) expect(body[0]?.message).toBe(message);
}

describe('POST /therapeuticExclusions', () => {
  it('declares a physician with the cookbook example body (201) and lists it enriched from the directory', async () => {
    const response = await post({
      ...practitionerBody(ANNA, TWO_PROFESSIONS, 'persphysician'),
      hcParty: { ...practitionerBody(ANNA, TWO_PROFESSIONS, 'persphysician').hcParty, firstname: 'Fake', name: 'Ignored' },
    });
    expect(response.status).toBe(201);
    const list = await (await call(`/therapeuticExclusions/${ANNA}?hcPartySsin=${TWO_PROFESSIONS}`, { token: anna })).json();
    expect(list).toEqual([
      {
        patient: { identifier: [{ type: 'ssin', value: ANNA }] },
        hcParty: { identifier: [{ type: 'ssin', value: TWO_PROFESSIONS }], name: 'Goossens', firstName: 'Pieter', qualificationCode: 'persphysician' },
      },
    ]);
  });

  it('declares a pharmacy (201) with firstName null', async () => {
    expect((await post(pharmacyBody(ANNA, PHARMACY))).status).toBe(201);
    const [entry] = await (await call(`/therapeuticExclusions/${ANNA}?hcPartyNihii=${PHARMACY}`, { token: anna })).json();
    expect(entry.hcParty).toEqual({
      identifier: [{ type: 'nihii', value: PHARMACY }],
      name: 'Pharmacie du Parc',
      firstName: null,
      qualificationCode: 'orgpharmacy',
    });
  });

  it('accepts the cookbook spelling of a code as an alias', async () => {
    const key = await tokenFor(sandbox, 'anna');
    expect((await post(practitionerBody(ANNA, TWO_PROFESSIONS, 'persclinicalpsychologist'), key)).status).toBe(201);
  });

  it.each([
    ['missing patient', { hcParty: { identifier: [{ type: 'ssin', value: JAN_MAES }], qualificationCode: 'persphysician' } }, 'VAL001'],
    ['invalid patient SSIN', practitionerBody('85071412331', NURSE, 'persnurse'), 'VAL002'],
    ['invalid practitioner SSIN', practitionerBody(ANNA, '88120140246', 'persnurse'), 'VAL002'],
    ['missing hcParty id', { patient: { identifier: [{ type: 'ssin', value: ANNA }] }, hcParty: { identifier: [], qualificationCode: 'persnurse' } }, 'VAL005'],
    ['unknown practitioner', practitionerBody(ANNA, '85073003328', 'persphysician'), 'VAL006'],
    [
      'an SSIN for a pharmacy',
      { ...pharmacyBody(ANNA, PHARMACY), hcParty: { identifier: [{ type: 'ssin', value: NURSE }], qualificationCode: 'orgpharmacy' } },
      'VAL006',
    ],
    [
      'a NIHII-only practitioner',
      { ...pharmacyBody(ANNA, PHARMACY), hcParty: { identifier: [{ type: 'nihii', value: '10000197001' }], qualificationCode: 'persphysician' } },
      'VAL006',
    ],
    ['a pharmacy NIHII that is not 8 digits', pharmacyBody(ANNA, '6512035'), 'VAL006'],
    ['unknown qualification code', practitionerBody(ANNA, NURSE, 'persastronaut'), 'VAL008'],
    ['profession the directory does not hold', practitionerBody(ANNA, NURSE, 'persphysician'), 'VAL008'],
  ])('rejects %s with 400 %s and stores nothing', async (_label, body, code) => {
    await expectError(await post(body), 400, code);
    const list = await (await call(`/therapeuticExclusions/${ANNA}`, { token: anna })).json();
    expect(list).toHaveLength(1);
  });

  it("rejects a patient other than the token's with BIZ003", async () => {
    await expectError(await post(practitionerBody(LINA, NURSE, 'persnurse')), 400, 'BIZ003', 'Patient id is different than patient id in token');
  });

  it('answers 409 BIZ001 for the same practitioner, whatever the profession, and for the same pharmacy', async () => {
    expect((await post(practitionerBody(ANNA, TWO_PROFESSIONS, 'persphysician'))).status).toBe(201);
    await expectError(await post(practitionerBody(ANNA, TWO_PROFESSIONS, 'persclinicalpsychologist')), 409, 'BIZ001');
    expect((await post(pharmacyBody(ANNA, PHARMACY))).status).toBe(201);
    await expectError(await post(pharmacyBody(ANNA, PHARMACY)), 409, 'BIZ001');
  });

  it('rejects malformed JSON (400) and a body over 16 KB (413)', async () => {
    expect((await call('/therapeuticExclusions', { method: 'POST', token: anna, body: '{"patient":' })).status).toBe(400);
    const huge = JSON.stringify({ ...pharmacyBody(ANNA, PHARMACY), padding: 'x'.repeat(17 * 1024) });
    await expectError(await call('/therapeuticExclusions', { method: 'POST', token: anna, body: huge }), 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('DELETE /therapeuticExclusions', () => {
  it('revokes (204), then answers 404 BIZ002', async () => {
    const path = `/therapeuticExclusions?patientSsin=${ANNA}&hcPartySsin=${JAN_MAES}`;
    expect((await call(path, { method: 'DELETE', token: anna })).status).toBe(204);
    await expectError(await call(path, { method: 'DELETE', token: anna }), 404, 'BIZ002');
  });

  it('refuses both party ids (VAL006) and neither (VAL005)', async () => {
    await expectError(
      await call(`/therapeuticExclusions?patientSsin=${ANNA}&hcPartySsin=${JAN_MAES}&hcPartyNihii=${PHARMACY}`, { method: 'DELETE', token: anna }),
      400,
      'VAL006',
      'Cannot specify both the inss and the nihii',
    );
    await expectError(await call(`/therapeuticExclusions?patientSsin=${ANNA}`, { method: 'DELETE', token: anna }), 400, 'VAL005');
  });
});

describe('GET /therapeuticExclusions/{patientSsin}', () => {
  it('lists all (200) and answers 404 when a filter matches nothing', async () => {
    expect((await call(`/therapeuticExclusions/${ANNA}`, { token: anna })).status).toBe(200);
    await expectError(await call(`/therapeuticExclusions/${ANNA}?hcPartyNihii=${PHARMACY}`, { token: anna }), 404, 'BIZ002');
  });

  it('reads the cookbook example path form patientSsin=…', async () => {
    expect((await call(`/therapeuticExclusions/patientSsin=${ANNA}`, { token: anna })).status).toBe(200);
  });
});

describe('GET /histories/{patientSsin}', () => {
  it('returns the newest first with the cookbook entry shape, limited by pageSize', async () => {
    const entries = await (await call(`/histories/${ANNA}?pageSize=2`, { token: anna })).json();
    expect(entries).toHaveLength(2);
    expect(entries[0].operation).toBe('DECLARE_EXCLUSION');
    expect(entries[1].operation).toBe('REVOKE_EXCLUSION');
    expect(Date.parse(entries[0].timestamp)).toBeGreaterThan(Date.parse(entries[1].timestamp));
    expect(entries[0].timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(entries[0].author).toEqual([
      {
        identifier: [{ type: 'local', value: 'myhealth-exclusions-sandbox' }],
        name: 'myhealth-exclusions-sandbox',
        firstName: null,
        qualificationCode: 'application',
      },
      { identifier: [{ type: 'ssin', value: ANNA }], name: null, firstName: null, qualificationCode: 'patient' },
    ]);
  });

  it('caps at 1,500 entries and rejects an invalid pageSize', async () => {
    const tom = await tokenFor(sandbox, 'marc', TOM);
    expect(await (await call(`/histories/${TOM}`, { token: tom })).json()).toHaveLength(1500);
    await expectError(await call(`/histories/${TOM}?pageSize=zero`, { token: tom }), 400, 'VAL_PAGE_SIZE');
  });

  it('gzips a large answer for a client that accepts it, and sends it plain to one that does not', async () => {
    const tom = await tokenFor(sandbox, 'marc', TOM);
    const gzipped = await call(`/histories/${TOM}`, { token: tom, headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(await gzipped.json()).toHaveLength(1500);
    const plain = await call(`/histories/${TOM}`, { token: tom, headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toHaveLength(1500);
  });

  it('records a parent as the author when acting for a child', async () => {
    const lina = await tokenFor(sandbox, 'marc', LINA);
    expect((await post(practitionerBody(LINA, JAN_MAES, 'persphysician'), lina)).status).toBe(201);
    const [latest] = await (await call(`/histories/${LINA}?pageSize=1`, { token: lina })).json();
    expect(latest.author[1]).toEqual({ identifier: [{ type: 'ssin', value: '79030204523' }], name: 'Dubois', firstName: 'Marc', qualificationCode: 'parent' });
  });

  it('answers 404 for a patient without history', async () => {
    const georges = await tokenFor(sandbox, 'sofie', '40090911137');
    sandbox.store.reset();
    expect((await call(`/histories/40090911137`, { token: georges })).status).toBe(200);
    const self = await tokenFor(sandbox, 'sofie');
    await expectError(await call(`/histories/90012578967`, { token: self }), 404, 'BIZ002');
  });
});

describe('authentication and transport', () => {
  it('401 without a token, with an expired one, or one signed by another key; 403 without the role', async () => {
    await expectError(await call(`/therapeuticExclusions/${ANNA}`), 401, 'UNAUTHORIZED');
    await expectError(
      await call(`/therapeuticExclusions/${ANNA}`, { token: await tokenFor(sandbox, 'anna', undefined, { expiresIn: '-1m' }) }),
      401,
      'UNAUTHORIZED',
    );
    await expectError(
      await call(`/therapeuticExclusions/${ANNA}`, { token: await tokenFor(sandbox, 'anna', undefined, { key: await createSigningKey() }) }),
      401,
      'UNAUTHORIZED',
    );
    await expectError(await call(`/therapeuticExclusions/71020334503`, { token: await tokenFor(sandbox, 'victor') }), 403, 'FORBIDDEN');
  });

  it('answers the CORS preflight for the app origin only, allowing Authorization, Content-Type and From', async () => {
    const preflight = (origin: string) =>
      fetch(`${sandbox.apiUrl}/therapeuticExclusions`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,from' },
      });
    const allowed = await preflight(APP_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization.*content-type.*from/);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('unknown routes are 404 with an error body; internal errors leak no stack', async () => {
    await expectError(await call('/nowhere', { token: anna }), 404, 'NOT_FOUND');
    await fetch(`${sandbox.apiUrl.replace('/therapeuticExclusion/v2', '')}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'X-Sandbox-Control': '1' },
      body: JSON.stringify({ kind: 'error' }),
    });
    const failed = await call(`/therapeuticExclusions/${ANNA}`, { token: anna });
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toMatch(/at |\/work\/|node_modules/);
  });

  it('requires From in strict mode', async () => {
    const strict = await startTestSandbox({ strictFrom: true });
    try {
      const token = await tokenFor(strict, 'anna');
      const without = await fetch(`${strict.apiUrl}/therapeuticExclusions/${ANNA}`, { headers: { Authorization: `Bearer ${token}` } });
      await expectError(without, 400, 'MISSING_FROM');
      const withFrom = await fetch(`${strict.apiUrl}/therapeuticExclusions/${ANNA}`, { headers: { Authorization: `Bearer ${token}`, From: FROM } });
      expect(withFrom.status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});
