/**
 * The API's middleware, one job each, applied in this order by app.ts: record the request (tests
 * assert what went over the wire), require From (cookbook §5.1.2, when strict), inject a test
 * fault, authenticate the caller.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ServiceErrorBody } from '../../src/domain/serviceErrors';
import type { Caller, TokenVerifier } from './auth';
import type { Faults } from './faults';

export type Env = { Variables: { caller: Caller } };

export const fail = (c: Context, status: 400 | 401 | 403 | 404 | 409 | 413 | 500, ...errors: ServiceErrorBody[]) => c.json(errors, status);

/** What the sandbox saw of each API request, for tests that assert what went over the wire. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  from: string | null;
  userAgent: string | null;
  body: string | null;
}

const KEPT_REQUESTS = 5000;

export function recordRequests(recorded: RecordedRequest[], maxBodyBytes: number): MiddlewareHandler<Env> {
  return async (c, next) => {
    const body = c.req.method === 'POST' ? await c.req.raw.clone().text() : null;
    recorded.push({
      method: c.req.method,
      path: c.req.path,
      query: new URL(c.req.url).search,
      from: c.req.header('From') ?? null,
      userAgent: c.req.header('User-Agent') ?? null,
      body: body && body.length <= maxBodyBytes ? body : null,
    });
    if (recorded.length > KEPT_REQUESTS) recorded.splice(0, recorded.length - KEPT_REQUESTS);
    await next();
  };
}

export function requireFrom(): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (!c.req.header('From')) return fail(c, 400, { code: 'MISSING_FROM', message: 'The From header is required (cookbook 5.1.2)' });
    await next();
  };
}

export function injectFaults(faults: Faults): MiddlewareHandler<Env> {
  return async (c, next) => {
    const fault = faults.take(c.req.method, c.req.path);
    if (fault) {
      if (fault.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.kind === 'error') return fail(c, 500, { code: 'INTERNAL_ERROR', message: 'An internal technical error occurred' });
      if (fault.kind === 'unauthorized') return fail(c, 401, { code: 'UNAUTHORIZED', message: 'Invalid or expired token' });
      if (fault.kind === 'malformed') return c.body('{"patient": [', 200, { 'Content-Type': 'application/json' });
      if (fault.kind === 'drop') {
        (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket?.destroy();
        return new Response(null);
      }
    }
    await next();
  };
}

/** A bearer token the identity provider signed, for this API, with the rest-access role. */
export function authenticate(verify: TokenVerifier): MiddlewareHandler<Env> {
  return async (c, next) => {
    const authorization = c.req.header('Authorization') ?? '';
    const token = /^Bearer (.+)$/i.exec(authorization)?.[1];
    if (!token) return fail(c, 401, { code: 'UNAUTHORIZED', message: 'Missing bearer token' });
    let caller: Caller;
    try {
      caller = await verify(token);
    } catch {
      return fail(c, 401, { code: 'UNAUTHORIZED', message: 'Invalid or expired token' });
    }
    if (!caller.hasRestAccess) return fail(c, 403, { code: 'FORBIDDEN', message: 'The rest-access role is required' });
    c.set('caller', caller);
    await next();
  };
}
