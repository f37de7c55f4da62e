/** The sandbox on a user's machine: no other web page and no DNS-rebinding page may drive it. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, startTestSandbox } from './testing';

let sandbox: Awaited<ReturnType<typeof startTestSandbox>>;
let apiRoot: string;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  apiRoot = sandbox.apiUrl.replace('/therapeuticExclusion/v2', '');
});
afterAll(() => sandbox.close());

/** A raw request, so the Host header can be what a rebinding page's browser would send. */
const raw = (url: string, options: { method?: string; headers?: Record<string, string> } = {}) =>
  new Promise<number>((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });

describe('sandbox test controls', () => {
  const controls = () => [
    `${apiRoot}/__sandbox/reset`,
    `${apiRoot}/__sandbox/faults`,
    `${sandbox.issuer}/__sandbox/token-ttl?seconds=300`,
    `${sandbox.issuer}/__sandbox/exchange-subject?by=sub`,
  ];

  it('refuse a request without the control header (what a no-cors POST from any page is)', async () => {
    for (const url of controls()) expect(await raw(url, { method: 'POST', headers: { Origin: 'http://localhost:9999' } }), url).toBe(403);
    expect(await raw(`${apiRoot}/__sandbox/requests`)).toBe(403);
  });

  it('refuse the header from an origin that is not the app', async () => {
    for (const url of controls())
      expect(await raw(url, { method: 'POST', headers: { 'X-Sandbox-Control': '1', Origin: 'http://localhost:9999' } }), url).toBe(403);
  });

  it("answer the test runner (no Origin) and the app's origin", async () => {
    expect(await raw(`${apiRoot}/__sandbox/reset`, { method: 'POST', headers: { 'X-Sandbox-Control': '1' } })).toBe(204);
    expect(await raw(`${sandbox.issuer}/__sandbox/token-ttl?seconds=300`, { method: 'POST', headers: { 'X-Sandbox-Control': '1', Origin: APP_ORIGIN } })).toBe(
      204,
    );
    expect(await raw(`${apiRoot}/__sandbox/requests`, { headers: { 'X-Sandbox-Control': '1' } })).toBe(200);
  });

  it('give a cross-origin preflight for the control header nothing to allow', async () => {
    const preflight = await fetch(`${apiRoot}/__sandbox/faults`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:9999', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-sandbox-control' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('both servers answer only requests addressed to them by a loopback name and their port', () => {
  it('refuse a DNS-rebinding Host', async () => {
    const apiPort = new URL(apiRoot).port;
    const idpPort = new URL(sandbox.issuer).port;
    expect(await raw(`${sandbox.apiUrl}/histories/85071412330`, { headers: { Host: `evil.example:${apiPort}` } })).toBe(403);
    expect(await raw(`${apiRoot}/__sandbox/reset`, { method: 'POST', headers: { Host: `evil.example:${apiPort}`, 'X-Sandbox-Control': '1' } })).toBe(403);
    expect(await raw(`${sandbox.issuer}/.well-known/openid-configuration`, { headers: { Host: `evil.example:${idpPort}` } })).toBe(403);
    expect(await raw(`${sandbox.issuer}/.well-known/openid-configuration`, { headers: { Host: `localhost:1` } })).toBe(403);
  });

  it('answer localhost and 127.0.0.1 with the right port', async () => {
    const idpPort = new URL(sandbox.issuer).port;
    expect(await raw(`${sandbox.issuer}/.well-known/openid-configuration`)).toBe(200);
    expect(await raw(`${sandbox.issuer}/.well-known/openid-configuration`, { headers: { Host: `127.0.0.1:${idpPort}` } })).toBe(200);
  });
});
