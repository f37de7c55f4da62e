/** The sandbox API never answers 5xx to bad input, whatever the path, query, headers and body. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FROM, startTestSandbox, tokenFor } from '../testing';

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
let token: string;
beforeAll(async () => {
  sandbox = await startTestSandbox({ strictFrom: true });
  token = await tokenFor(sandbox, 'anna');
});
afterAll(() => sandbox.close());

const ANNA = '85071412330';
const segment = fc.oneof(
  fc.constantFrom('therapeuticExclusions', 'histories', ANNA, `patientSsin=${ANNA}`, '%25', '%E0%A4%A', '%', '%00', '..', '%2e%2e', '%2F', ''),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.string({ maxLength: 6 }),
);
const query = fc.dictionary(
  fc.constantFrom('pageSize', 'hcPartySsin', 'hcPartyNihii', 'x', '%'),
  fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('-1', '0', '1500', '99999999999', '%E0%A4%A', ANNA)),
  { maxKeys: 3 },
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 40 }),
  fc.json({ maxDepth: 3 }),
  fc.constant('{"patient":{"identifier":[{"type":"ssin","value":null}]},"hcParty":[]}'),
);
const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,30}$/);

describe('the sandbox API under random requests', () => {
  it('answers every request with a status below 500 (no declared fault)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'PATCH'),
        // Mostly a real route with an odd parameter, sometimes anything at all.
        fc.oneof(
          { arbitrary: fc.tuple(fc.constantFrom('therapeuticExclusions', 'histories'), segment), weight: 3 },
          { arbitrary: fc.array(segment, { maxLength: 3 }), weight: 1 },
        ),
        query,
        body,
        fc.record({
          from: fc.option(headerValue, { freq: 5 }),
          contentType: fc.option(fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', '')),
          auth: fc.constantFrom(true, true, true, false),
        }),
        async (method, segments, params, payload, h) => {
          const search = Object.entries(params)
            .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
            .join('&');
          const url = `${sandbox.apiUrl}/${segments.join('/')}${search ? `?${search}` : ''}`;
          const headers: Record<string, string> = {};
          if (h.from !== null) headers.From = h.from;
          if (h.contentType !== null) headers['Content-Type'] = h.contentType;
          if (h.auth) headers.Authorization = `Bearer ${token}`;
          const response = await fetch(url, { method, headers, body: method === 'GET' ? undefined : typeof payload === 'string' ? payload : undefined });
          expect(response.status, `${method} ${url}`).toBeLessThan(500);
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each(['%25', '%E0%A4%A', '%'])('answers 400 VAL002 to a malformed patient SSIN in the path (%s)', async (raw) => {
    for (const route of ['therapeuticExclusions', 'histories']) {
      const response = await fetch(`${sandbox.apiUrl}/${route}/${raw}`, { headers: { Authorization: `Bearer ${token}`, From: FROM } });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { code: string }[])[0]?.code).toBe('VAL002');
    }
  });
});
