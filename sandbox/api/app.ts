/**
 * The Therapeutic Exclusion REST service v2, as the cookbook (v1.2) describes it, over Hono.
 * The same app object answers over HTTP (sandbox/main.ts) and in contract tests.
 */
import type { IncomingMessage } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { validateOrganisationNihii, validatePersonNihii } from '../../src/domain/nihii';
import { canonicalProfessionCode, findProfession } from '../../src/domain/professions';
import { SERVICE_ERRORS } from '../../src/domain/serviceErrors';
import { HISTORY_MAX_ENTRIES } from '../../src/domain/serviceContract';
import { isValidSsin, normaliseSsin } from '../../src/domain/ssin';
import { partyRefOf, type PartyRef } from '../../src/domain/party';
import type { Directory } from '../data/directory';
import type { TokenVerifier } from './auth';
import { FAULT_KINDS, Faults, type FaultKind } from './faults';
import { authenticate, fail, injectFaults, recordRequests, requireFrom, type Env, type RecordedRequest } from './middleware';

export type { RecordedRequest };
import { authorEntries, pharmacyParty, practitionerParty } from './seed';
import type { Store } from './store';
import { controlRefusal, hostAllowed } from '../controls';

export const API_BASE = '/therapeuticExclusion/v2';
const MAX_BODY_BYTES = 16 * 1024;

export interface ApiOptions {
  store: Store;
  directory: Directory;
  verify: TokenVerifier;
  allowedOrigins: readonly string[];
  /** When true, a request without a From header gets 400 (cookbook §5.1.2: From is required). */
  strictFrom: boolean;
}

const remoteAddress = (c: Context) => {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
};
const localPort = (c: Context) => (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.localPort;

type Identified = { type: string; value: string };
const findId = (ids: unknown, type: string): string | undefined => {
  if (!Array.isArray(ids)) return undefined;
  const found = (ids as Partial<Identified>[]).find((i) => i && i.type === type && typeof i.value === 'string');
  return found?.value;
};

export function createApiApp(options: ApiOptions) {
  const { store, directory, verify } = options;
  const faults = new Faults();
  const recorded: RecordedRequest[] = [];
  const app = new Hono<Env>();

  app.onError((error, c) => {
    console.error(`[api] internal error: ${error.message}`);
    return fail(c, 500, { code: 'INTERNAL_ERROR', message: 'An internal technical error occurred' });
  });
  app.notFound((c) => fail(c, 404, { code: 'NOT_FOUND', message: 'No such resource' }));

  // Only requests addressed to this server by a loopback name (no DNS rebinding), see ../controls.ts.
  app.use('*', async (c, next) => {
    if (!hostAllowed(c.req.header('Host'), localPort(c))) return fail(c, 403, { code: 'FORBIDDEN', message: 'Host not allowed' });
    await next();
  });

  // Test controls: loopback only, with the control header, never under the API path.
  const refuseControl = (c: Context) => {
    const reason = controlRefusal({ remoteAddress: remoteAddress(c), header: (name) => c.req.header(name) }, options.allowedOrigins);
    return reason ? fail(c, 403, { code: 'FORBIDDEN', message: reason }) : undefined;
  };
  app.post('/__sandbox/reset', (c) => {
    const refused = refuseControl(c);
    if (refused) return refused;
    store.reset();
    faults.clear();
    recorded.length = 0;
    return c.body(null, 204);
  });
  app.post('/__sandbox/faults', async (c) => {
    const refused = refuseControl(c);
    if (refused) return refused;
    const body = (await c.req.json().catch(() => ({}))) as { kind?: FaultKind; count?: number; delayMs?: number; method?: string; path?: string };
    if (!body.kind || !FAULT_KINDS.includes(body.kind)) {
      return fail(c, 400, { code: 'BAD_FAULT', message: `kind must be one of ${FAULT_KINDS.join(', ')}` });
    }
    faults.add({ kind: body.kind, remaining: body.count ?? 1, delayMs: body.delayMs ?? 3000, method: body.method, path: body.path });
    return c.body(null, 204);
  });
  app.get('/__sandbox/requests', (c) => {
    const refused = refuseControl(c);
    if (refused) return refused;
    return c.json(recorded);
  });

  const api = new Hono<Env>();

  api.use(
    '*',
    cors({
      origin: (origin) => (options.allowedOrigins.includes(origin) ? origin : null),
      allowHeaders: ['Authorization', 'Content-Type', 'From'],
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      maxAge: 600,
    }),
  );

  api.use('*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => fail(c, 413, { code: 'PAYLOAD_TOO_LARGE', message: 'The body may not exceed 16 KB' }) }));

  // Each request, in this order: recorded (for the tests), From required, a fault injected, the caller authenticated.
  api.use('*', recordRequests(recorded, MAX_BODY_BYTES));
  if (options.strictFrom) api.use('*', requireFrom());
  api.use('*', injectFaults(faults));
  // Answers gzipped, as a production gateway sends them: Tom's 1,500 history entries are 738 KiB
  // of JSON (21 KiB gzipped), near 4 s at a phone's slow 4G (1.6 Mbit/s). After the faults, so a
  // dropped or malformed answer stays as it was made.
  api.use('*', compress());
  api.use('*', authenticate(verify));

  /** VAL001 / VAL002 / BIZ003 for the patient of any request. */
  const checkPatient = (c: Context<Env>, raw: string | undefined) => {
    if (!raw) return fail(c, 400, SERVICE_ERRORS.VAL001);
    if (!isValidSsin(raw)) return fail(c, 400, SERVICE_ERRORS.VAL002);
    if (normaliseSsin(raw) !== c.get('caller').patientSsin) return fail(c, 400, SERVICE_ERRORS.BIZ003);
    return undefined;
  };

  /** hcPartySsin / hcPartyNihii query parameters → one party key, or an error response. */
  const partyFromQuery = (c: Context<Env>, required: boolean): PartyRef | Response | undefined => {
    const ssin = c.req.query('hcPartySsin');
    const nihii = c.req.query('hcPartyNihii');
    if (ssin && nihii) return fail(c, 400, SERVICE_ERRORS.VAL006_BOTH);
    if (ssin) return isValidSsin(ssin) ? { type: 'ssin', value: normaliseSsin(ssin) } : fail(c, 400, SERVICE_ERRORS.VAL002);
    if (nihii) {
      const result = validateOrganisationNihii(nihii);
      return result.ok ? { type: 'nihii', value: result.value } : fail(c, 400, SERVICE_ERRORS.VAL006_INVALID);
    }
    return required ? fail(c, 400, SERVICE_ERRORS.VAL005) : undefined;
  };

  api.post('/therapeuticExclusions', async (c) => {
    let body: { patient?: { identifier?: unknown }; hcParty?: { identifier?: unknown; qualificationCode?: unknown } };
    try {
      body = await c.req.json();
    } catch {
      return fail(c, 400, { code: 'BAD_REQUEST', message: 'The body is not valid JSON' });
    }
    if (!body || typeof body !== 'object') return fail(c, 400, SERVICE_ERRORS.VAL001);

    const patientError = checkPatient(c, findId(body.patient?.identifier, 'ssin'));
    if (patientError) return patientError;
    const patientSsin = c.get('caller').patientSsin;

    const partySsin = findId(body.hcParty?.identifier, 'ssin');
    const partyNihii = findId(body.hcParty?.identifier, 'nihii');
    if (!partySsin && !partyNihii) return fail(c, 400, SERVICE_ERRORS.VAL005);

    const rawCode = body.hcParty?.qualificationCode;
    const profession = typeof rawCode === 'string' ? findProfession(rawCode) : undefined;
    if (!profession || typeof rawCode !== 'string') return fail(c, 400, SERVICE_ERRORS.VAL008);
    const code = canonicalProfessionCode(rawCode);

    let party;
    if (profession.identifiedBy === 'nihii') {
      if (partySsin) return fail(c, 400, SERVICE_ERRORS.VAL006_INVALID);
      const nihii = validateOrganisationNihii(partyNihii ?? '');
      const pharmacy = nihii.ok ? directory.pharmacy(nihii.value) : undefined;
      if (!pharmacy) return fail(c, 400, SERVICE_ERRORS.VAL006_INVALID);
      party = pharmacyParty(pharmacy);
    } else {
      if (!partySsin) return fail(c, 400, SERVICE_ERRORS.VAL006_INVALID);
      if (!isValidSsin(partySsin)) return fail(c, 400, SERVICE_ERRORS.VAL002);
      // The optional NIHII must be well formed but is not cross-checked (UC-316).
      if (partyNihii && !validatePersonNihii(partyNihii).ok) return fail(c, 400, SERVICE_ERRORS.VAL006_INVALID);
      const practitioner = directory.practitioner(normaliseSsin(partySsin));
      if (!practitioner) return fail(c, 400, SERVICE_ERRORS.VAL006_INVALID);
      if (!practitioner.professions.includes(code)) return fail(c, 400, SERVICE_ERRORS.VAL008);
      party = practitionerParty(practitioner, code);
    }

    // One exclusion per practitioner SSIN (whatever the profession) or pharmacy NIHII.
    if (store.active(patientSsin, partyRefOf(party)).length > 0) return fail(c, 409, SERVICE_ERRORS.BIZ001);
    const caller = c.get('caller');
    const created = store.declare(patientSsin, party, authorEntries(caller, caller.relationship, caller.clientId));
    return c.json(created, 201);
  });

  api.delete('/therapeuticExclusions', (c) => {
    const patientError = checkPatient(c, c.req.query('patientSsin'));
    if (patientError) return patientError;
    const key = partyFromQuery(c, true);
    if (key instanceof Response) return key;
    const caller = c.get('caller');
    const revoked = store.revoke(caller.patientSsin, key!, authorEntries(caller, caller.relationship, caller.clientId));
    return revoked ? c.body(null, 204) : fail(c, 404, SERVICE_ERRORS.BIZ002);
  });

  // The cookbook's examples write the path parameter as "patientSsin=…"; both forms are read.
  // Malformed percent-encoding is bad input (VAL002 at checkPatient), never a 500.
  const pathSsin = (raw: string) => {
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // Kept as is: not an SSIN, so checkPatient answers VAL002.
    }
    return decoded.replace(/^patientSsin=/, '');
  };

  api.get('/therapeuticExclusions/:patientSsin', (c) => {
    const patientError = checkPatient(c, pathSsin(c.req.param('patientSsin')));
    if (patientError) return patientError;
    const key = partyFromQuery(c, false);
    if (key instanceof Response) return key;
    const found = store.active(c.get('caller').patientSsin, key);
    return found.length > 0 ? c.json(found, 200) : fail(c, 404, SERVICE_ERRORS.BIZ002);
  });

  api.get('/histories/:patientSsin', (c) => {
    const patientError = checkPatient(c, pathSsin(c.req.param('patientSsin')));
    if (patientError) return patientError;
    const rawPageSize = c.req.query('pageSize');
    let limit = HISTORY_MAX_ENTRIES;
    if (rawPageSize !== undefined) {
      if (!/^\d+$/.test(rawPageSize) || Number(rawPageSize) < 1) {
        return fail(c, 400, { code: 'VAL_PAGE_SIZE', message: `pageSize must be a whole number from 1 to ${HISTORY_MAX_ENTRIES}` });
      }
      limit = Math.min(Number(rawPageSize), HISTORY_MAX_ENTRIES);
    }
    const entries = store.history(c.get('caller').patientSsin, limit);
    return entries.length > 0 ? c.json(entries, 200) : fail(c, 404, SERVICE_ERRORS.BIZ002);
  });

  app.route(API_BASE, api);
  return app;
}
