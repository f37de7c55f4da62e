import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fetchExclusions } from './exclusions';
import { fetchHistory } from './history';
import { ApiError, apiRequest, configureHttp, isHttpError } from './http';
import { provideTokenSource, TokenUnavailableError, type TokenSource } from './tokenSource';

const tokens = vi.hoisted(() => ({ issued: 0, forgotten: [] as string[], ended: 0 }));
const source: TokenSource = {
  tokenFor: async (ssin) => `token-for-${ssin}${tokens.forgotten.includes(ssin) ? `-${tokens.forgotten.length}` : ''}`,
  forget: (ssin) => void tokens.forgotten.push(ssin),
  ended: () => void (tokens.ended += 1),
};

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  configureHttp({ baseUrl: 'https://api.example/v2/', from: 'ops@example.org', timeoutMs: 50 });
  provideTokenSource(source);
});
afterEach(() => {
  tokens.forgotten = [];
  tokens.ended = 0;
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('apiRequest', () => {
  it('sends Authorization for the patient, From, JSON, and never a User-Agent', async () => {
    fetchMock.mockResolvedValue(json(201, {}));
    await apiRequest({ method: 'POST', path: '/therapeuticExclusions', patientSsin: '85071412330', body: () => ({ a: 1 }) });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('https://api.example/v2/therapeuticExclusions');
    expect(init?.headers).toEqual({
      Accept: 'application/json',
      Authorization: 'Bearer token-for-85071412330',
      From: 'ops@example.org',
      'Content-Type': 'application/json',
    });
    expect(Object.keys(init?.headers ?? {}).map((h) => h.toLowerCase())).not.toContain('user-agent');
    expect(init?.body).toBe('{"a":1}');
  });

  it('after a 401, drops the token, sends once more with a fresh one, and ends nothing when that works', async () => {
    fetchMock.mockResolvedValueOnce(json(401, [{ code: 'UNAUTHORIZED', message: 'Invalid or expired token' }])).mockResolvedValueOnce(json(200, []));
    const answer = await apiRequest({ method: 'GET', path: '/x', patientSsin: '1', schema: z.array(z.string()) });
    expect(answer.status).toBe(200);
    const sent = fetchMock.mock.calls.map(([, init]) => (init?.headers as Record<string, string>).Authorization);
    expect(sent).toEqual(['Bearer token-for-1', 'Bearer token-for-1-1']);
    expect(tokens.ended).toBe(0);
  });

  it('after a second 401 ends the session (the log-in-again flow), without a third try', async () => {
    fetchMock.mockResolvedValue(json(401, []));
    const error = await apiRequest({ method: 'POST', path: '/x', patientSsin: '1', body: () => ({}) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'session', status: 401 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(tokens.ended).toBe(1);
  });

  it('sends nothing when the token source has no token, and says why as the pages expect it', async () => {
    const cases = [
      ['session', { kind: 'session', status: 401 }],
      ['refused', { kind: 'http', status: 403 }],
      ['network', { kind: 'network', status: 0 }],
    ] as const;
    for (const [reason, expected] of cases) {
      provideTokenSource({ ...source, tokenFor: () => Promise.reject(new TokenUnavailableError(reason)) });
      await expect(apiRequest({ method: 'GET', path: '/x', patientSsin: '1' })).rejects.toMatchObject(expected);
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('puts the patient once where the endpoint takes it, and resolves the statuses a request calls answers', async () => {
    fetchMock.mockResolvedValueOnce(json(404, [{ code: 'NOT_FOUND', message: 'none' }])).mockResolvedValueOnce(new Response(null, { status: 404 }));
    const list = await apiRequest({
      method: 'GET',
      path: '/histories',
      patientSsin: '85071412330',
      patientIn: 'path',
      query: { pageSize: 25 },
      schema: z.array(z.string()),
      answers: [404],
    });
    expect(list).toEqual({ status: 404, data: undefined });
    const revoked = await apiRequest({
      method: 'DELETE',
      path: '/therapeuticExclusions',
      patientSsin: '85071412330',
      patientIn: 'query',
      query: { hcPartyNihii: '71071801' },
      answers: [404],
    });
    expect(revoked.status).toBe(404);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      'https://api.example/v2/histories/85071412330?pageSize=25',
      'https://api.example/v2/therapeuticExclusions?patientSsin=85071412330&hcPartyNihii=71071801',
    ]);
  });

  it('tells an HTTP status apart from other failures with isHttpError', async () => {
    fetchMock.mockResolvedValueOnce(json(409, [])).mockRejectedValueOnce(new TypeError('offline'));
    const conflict = await apiRequest({ method: 'GET', path: '/x', patientSsin: '1' }).catch((e: unknown) => e);
    const offline = await apiRequest({ method: 'GET', path: '/x', patientSsin: '1' }).catch((e: unknown) => e);
    expect([isHttpError(conflict, 409), isHttpError(conflict, 404), isHttpError(offline, 409), isHttpError(new Error('x'), 409)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('turns a [{code, message}] body into ApiError codes', async () => {
    fetchMock.mockResolvedValue(json(400, [{ code: 'VAL008', message: 'Invalid hcparty type (hcPartyQualificationCode)' }]));
    const error = await apiRequest({ method: 'GET', path: '/x', patientSsin: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 400, codes: [{ code: 'VAL008' }] });
    expect((error as ApiError).retryable).toBe(false);
  });

  it('reports an answer that does not match the schema, and malformed JSON, as invalid-response', async () => {
    fetchMock.mockResolvedValueOnce(json(200, [{ unexpected: true }]));
    await expect(apiRequest({ method: 'GET', path: '/x', patientSsin: '1', schema: z.array(z.object({ id: z.string() })) })).rejects.toMatchObject({
      kind: 'invalid-response',
    });
    fetchMock.mockResolvedValueOnce(new Response('{"a":', { status: 200 }));
    await expect(apiRequest({ method: 'GET', path: '/x', patientSsin: '1', schema: z.unknown() })).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('times out into a retryable error, and a network failure is retryable too', async () => {
    fetchMock.mockImplementationOnce(
      (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const timeout = await apiRequest({ method: 'GET', path: '/x', patientSsin: '1' }).catch((e: unknown) => e);
    expect(timeout).toMatchObject({ kind: 'timeout', retryable: true });
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(apiRequest({ method: 'GET', path: '/x', patientSsin: '1' })).rejects.toMatchObject({ kind: 'network', retryable: true });
  });

  it('checks a long history entry by entry: 600 good ones come through, one bad one makes the answer invalid', async () => {
    const party = { identifier: [{ type: 'ssin', value: '72051430150' }], name: 'Maes', firstName: 'Jan', qualificationCode: 'persphysician' };
    const entry = (i: number) => ({
      author: [party],
      target: party,
      timestamp: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
      operation: 'DECLARE_EXCLUSION',
    });
    const entries = Array.from({ length: 600 }, (_, i) => entry(i));
    fetchMock.mockResolvedValueOnce(json(200, entries));
    const read = await fetchHistory('85071412330', 1500);
    expect(read).toHaveLength(600);
    expect(read[599]).toEqual(entries[599]);
    fetchMock.mockResolvedValueOnce(
      json(
        200,
        entries.map((e, i) => (i === 400 ? { ...e, timestamp: 'yesterday' } : e)),
      ),
    );
    await expect(fetchHistory('85071412330', 1500)).rejects.toMatchObject({ kind: 'invalid-response', status: 200 });
  });

  it('reads a 404 on the list as "no exclusions"', async () => {
    fetchMock.mockResolvedValue(json(404, [{ code: 'BIZ002', message: 'Resource not found' }]));
    await expect(fetchExclusions('85071412330', undefined)).resolves.toEqual([]);
    expect(fetchMock.mock.calls[0]![0]).toBe('https://api.example/v2/therapeuticExclusions/85071412330');
  });
});
