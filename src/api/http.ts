/**
 * The one HTTP client of the app. Every request carries `Authorization` (the active patient's
 * token, from the token source the host provided: tokenSource.ts) and `From` (cookbook §5.1.2: required, also for browsers); never a `User-Agent`
 * (the browser exception of §5.1.2). Responses are parsed with zod; failures become ApiError.
 */
import type { ZodMiniType } from 'zod/mini';
import type { ServiceErrorBody } from '../domain/serviceErrors';
import { tokenSource, TokenUnavailableError } from './tokenSource';
import { serviceErrorsSchema } from './wire';

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'session';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly codes: ServiceErrorBody[] = [],
  ) {
    super(`${kind} ${status} ${codes.map((c) => c.code).join(',')}`.trim());
  }

  /** Worth another try without changing anything: network trouble, a timeout, a 5xx. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && this.status >= 500);
  }

  has(code: string): boolean {
    return this.codes.some((c) => c.code === code);
  }
}

export interface HttpSettings {
  baseUrl: string;
  from: string;
  timeoutMs: number;
  /** Who carries the request: the browser's fetch, or a MyHealth module's demo data (no network at all). */
  transport?: typeof fetch;
}

let settings: HttpSettings | undefined;

export function configureHttp(next: HttpSettings): void {
  settings = { ...next, baseUrl: next.baseUrl.replace(/\/$/, '') };
}

export interface ApiRequest<T> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  /** The patient the request is for: chooses the token, and goes where `patientIn` says. */
  patientSsin: string;
  /** Where the endpoint takes the patient's SSIN: a last path segment, or the `patientSsin` query parameter. */
  patientIn?: 'path' | 'query';
  query?: Record<string, string | number | undefined>;
  /** The JSON body, built from the request's patient. */
  body?: (patientSsin: string) => unknown;
  /** Statuses that are an answer, not a failure (the cookbook's 404 "nothing found"): resolved without data. */
  answers?: readonly number[];
  signal?: AbortSignal;
  /** Parses a 2xx body; omitted for bodiless answers (204). */
  schema?: ZodMiniType<T>;
}

export interface ApiResponse<T> {
  status: number;
  data: T | undefined;
}

function url({ path, query, patientSsin, patientIn }: ApiRequest<unknown>): string {
  const search = new URLSearchParams();
  if (patientIn === 'query') search.set('patientSsin', patientSsin);
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(key, String(value));
  const qs = search.toString();
  const fullPath = patientIn === 'path' ? `${path}/${encodeURIComponent(patientSsin)}` : path;
  return `${settings!.baseUrl}${fullPath}${qs ? `?${qs}` : ''}`;
}

/** True for an HTTP answer with that status (and not, say, a network failure). */
export function isHttpError(error: unknown, status: number): error is ApiError {
  return error instanceof ApiError && error.kind === 'http' && error.status === status;
}

async function errorCodes(response: Response): Promise<ServiceErrorBody[]> {
  try {
    const parsed = serviceErrorsSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

async function bearerFor(patientSsin: string): Promise<string> {
  try {
    return await tokenSource().tokenFor(patientSsin);
  } catch (error) {
    if (error instanceof TokenUnavailableError && error.reason === 'session') throw new ApiError('session', 401);
    // The identity provider (or the host) refused to let this user act for this patient.
    if (error instanceof TokenUnavailableError && error.reason === 'refused') throw new ApiError('http', 403);
    throw new ApiError('network', 0);
  }
}

async function send(request: ApiRequest<unknown>, token: string): Promise<Response> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), settings!.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}`, From: settings!.from };
  if (request.body) headers['Content-Type'] = 'application/json';
  try {
    return await (settings!.transport ?? fetch)(url(request), {
      method: request.method,
      headers,
      body: request.body ? JSON.stringify(request.body(request.patientSsin)) : undefined,
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new ApiError(timeout.signal.aborted ? 'timeout' : 'network', 0);
  } finally {
    clearTimeout(timer);
  }
}

export async function apiRequest<T>(request: ApiRequest<T>): Promise<ApiResponse<T>> {
  if (!settings) throw new Error('configureHttp() was not called');
  let response = await send(request, await bearerFor(request.patientSsin));
  if (response.status === 401) {
    // The API no longer takes this token (revoked, a rotated key, a session ended elsewhere): drop
    // it, get a fresh one and try once more; the request was refused before anything was done.
    tokenSource().forget(request.patientSsin);
    response = await send(request, await bearerFor(request.patientSsin));
    if (response.status === 401) {
      // Twice: the session itself is gone. "Log in again" keeps what the user typed.
      tokenSource().ended();
      throw new ApiError('session', 401);
    }
  }

  if (request.answers?.includes(response.status)) return { status: response.status, data: undefined };
  if (!response.ok) throw new ApiError('http', response.status, await errorCodes(response));
  if (!request.schema || response.status === 204) return { status: response.status, data: undefined };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError('invalid-response', response.status);
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) throw new ApiError('invalid-response', response.status);
  return { status: response.status, data: parsed.data };
}
