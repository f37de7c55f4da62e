import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accessTokenFor, clearExchangedTokens, configureTokenExchange, profileDetails, SessionExpiredError, TokenExchangeError } from './accessToken';

const MARC = '79030204523';
const LINA = '15061023446';
const LINA_SUB = 'sub-of-lina';
const BACKEND = 'ehealth-exclusion-backend';
const now = () => Math.floor(Date.now() / 1000);

const jwt = (claims: Record<string, unknown>) => `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.sig`;

const loginToken = jwt({
  ssin: MARC,
  sub: 'sub-of-marc',
  exp: now() + 300,
  userProfile: { ssin: MARC, firstName: 'Marc', lastName: 'Dubois' },
  may_act: [{ sub: LINA_SUB, userProfile: { children: [{ ssin: LINA, serviceNames: [] }] } }],
});

/** The login: its token's remaining life, and what a silent renewal gives. */
const login = vi.hoisted(() => ({ secondsLeft: 300, renewals: 0, renew: async (): Promise<unknown> => null }));
/** The discovery document's reads: oidc-client-ts keeps none in flight, as this stand-in. */
const discovery = vi.hoisted(() => ({ reads: 0 }));

vi.mock('./userManager', () => ({
  userManager: () => ({
    getUser: async () => ({ access_token: loginToken, expires_at: now() + login.secondsLeft, refresh_token: 'r' }),
    signinSilent: async () => {
      login.renewals += 1;
      return login.renew();
    },
    settings: { authority: 'https://idp.example' },
    metadataService: {
      getTokenEndpoint: async () => {
        discovery.reads += 1;
        await Promise.resolve();
        return 'https://idp.example/token';
      },
    },
  }),
}));

const sessionEnded = vi.hoisted(() => ({ count: 0 }));
vi.mock('./sessionEvents', () => ({ announceSessionExpired: () => (sessionEnded.count += 1) }));

/** The identity provider: answers each exchange with a token for the person named, or as told. */
const fetchMock = vi.fn<(url: string, init: RequestInit) => Promise<Response>>();

function backendToken(ssin: string, firstName: string, roles = ['rest-access']) {
  return jwt({ ssin: MARC, sub: 'x', exp: now() + 300, userProfile: { ssin, firstName, lastName: 'Dubois' }, resource_access: { [BACKEND]: { roles } } });
}

const sentForms = () => fetchMock.mock.calls.map(([, init]) => new URLSearchParams(init.body as URLSearchParams));

beforeEach(() => {
  clearExchangedTokens();
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (_url, init) => {
    const form = new URLSearchParams(init.body as URLSearchParams);
    const named = form.get('requested_subject') ?? form.get('subject_ssin');
    const token = named ? backendToken(LINA, 'Lina') : backendToken(MARC, 'Marc');
    return new Response(JSON.stringify({ access_token: token, expires_in: 300 }), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  configureTokenExchange({ audience: BACKEND, clientId: 'app', subjectParameter: 'requested_subject', subjectValue: 'sub' });
});
afterEach(() => {
  vi.unstubAllGlobals();
  Object.assign(login, { secondsLeft: 300, renewals: 0, renew: async () => null });
  discovery.reads = 0;
  sessionEnded.count = 0;
  sessionStorage.clear();
});

describe('accessTokenFor', () => {
  it('exchanges the login token for the backend audience for oneself too, naming no one', async () => {
    await accessTokenFor(MARC);
    const [form] = sentForms();
    expect(Object.fromEntries(form!)).toEqual({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      client_id: 'app',
      subject_token: loginToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      audience: BACKEND,
    });
    expect(profileDetails().get(MARC)).toEqual({ name: 'Marc Dubois', restAccess: true });
  });

  it("names a child by the may_act entry's sub, by default", async () => {
    await accessTokenFor(LINA);
    expect(sentForms()[0]!.get('requested_subject')).toBe(LINA_SUB);
    expect(profileDetails().get(LINA)?.name).toBe('Lina Dubois');
  });

  it('names a child by SSIN under the configured parameter, when the operator says so', async () => {
    configureTokenExchange({ audience: BACKEND, clientId: 'app', subjectParameter: 'subject_ssin', subjectValue: 'ssin' });
    await accessTokenFor(LINA);
    const [form] = sentForms();
    expect(form!.get('subject_ssin')).toBe(LINA);
    expect(form!.has('requested_subject')).toBe(false);
  });

  it('sends one exchange per profile while one is in flight, then serves the token from memory', async () => {
    const [a, b] = await Promise.all([accessTokenFor(LINA), accessTokenFor(LINA)]);
    expect(a).toBe(b);
    expect(await accessTokenFor(LINA)).toBe(a);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reads the discovery document once for exchanges started together (oneself and a child, on a reload)', async () => {
    await Promise.all([accessTokenFor(MARC), accessTokenFor(LINA)]);
    expect(discovery.reads).toBe(1);
    expect(sentForms()).toHaveLength(2);
  });

  it('keeps the token endpoint for the tab: after a reload (the exchanged tokens gone) the first exchange reads no discovery document', async () => {
    await accessTokenFor(MARC);
    clearExchangedTokens();
    await accessTokenFor(MARC);
    expect(discovery.reads).toBe(1);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['https://idp.example/token', 'https://idp.example/token']);
    expect(sessionStorage.getItem('te.tokenEndpoint|https://idp.example')).toBe('https://idp.example/token');
  });

  it.each([
    ['answers 404 (the identity provider moved it)', () => Promise.resolve(new Response('', { status: 404 }))],
    ['cannot be reached', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])("drops the tab's copy of the token endpoint when it %s, and asks discovery once for the exchange", async (_, failure) => {
    sessionStorage.setItem('te.tokenEndpoint|https://idp.example', 'https://idp.example/old-token');
    fetchMock.mockImplementationOnce(failure);
    expect(await accessTokenFor(MARC)).toContain('.');
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['https://idp.example/old-token', 'https://idp.example/token']);
    expect(discovery.reads).toBe(1);
    expect(sessionStorage.getItem('te.tokenEndpoint|https://idp.example')).toBe('https://idp.example/token');
  });

  it('keeps the token endpoint found by discovery when the exchange itself fails: no second try, no second read', async () => {
    fetchMock.mockResolvedValueOnce(new Response('', { status: 404 }));
    await expect(accessTokenFor(MARC)).rejects.toMatchObject({ code: 'http_404' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(discovery.reads).toBe(1);
  });

  it('records a token without the backend role as no access', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ access_token: backendToken(MARC, 'Marc', []) }), { status: 200 }));
    await accessTokenFor(MARC);
    expect(profileDetails().get(MARC)?.restAccess).toBe(false);
  });

  it('rejects a token that acts for someone else than asked', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ access_token: backendToken(MARC, 'Marc') }), { status: 200 }));
    await expect(accessTokenFor(LINA)).rejects.toMatchObject({ code: 'invalid_token' });
  });

  it("passes on the identity provider's refusal with its words", async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'not allowed' }), { status: 400 }));
    const error = await accessTokenFor(LINA).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenExchangeError);
    expect(error).toMatchObject({ code: 'invalid_grant', description: 'not allowed', refused: true });
  });

  it('asks nothing for a person the login token does not list', async () => {
    await expect(accessTokenFor('85071412330')).rejects.toMatchObject({ code: 'not_a_profile' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('renewal of the login token', () => {
  it('renews a login token about to expire once, however many requests wait for it, then exchanges', async () => {
    login.secondsLeft = 10;
    login.renew = async () => ({ access_token: loginToken, expires_at: now() + 300, refresh_token: 'r2' });
    const tokens = await Promise.all([accessTokenFor(MARC), accessTokenFor(MARC), accessTokenFor(LINA)]);
    expect(login.renewals).toBe(1);
    expect(tokens.every((token) => token.length > 0)).toBe(true);
    expect(sessionEnded.count).toBe(0);
  });

  it('ends the session when the renewal fails: no token, no exchange, "log in again" announced', async () => {
    login.secondsLeft = 10;
    login.renew = async () => {
      throw new Error('invalid_grant');
    };
    await expect(accessTokenFor(MARC)).rejects.toBeInstanceOf(SessionExpiredError);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(sessionEnded.count).toBe(1);
  });
});

describe('the first exchange of a page load', () => {
  /** A browser that reports its largest paints: the test says when one is presented. */
  function largestPaints() {
    const observers: ((list: { getEntries: () => { startTime: number }[] }) => void)[] = [];
    class ReportingObserver {
      static supportedEntryTypes = ['largest-contentful-paint'];
      constructor(callback: (list: { getEntries: () => { startTime: number }[] }) => void) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', ReportingObserver);
    return (startTime: number) => observers.forEach((report) => report({ getEntries: () => [{ startTime }] }));
  }

  /** The module as a new page load has it: its first exchange not yet made. */
  async function freshPage() {
    vi.resetModules();
    const page = await import('./accessToken');
    page.configureTokenExchange({ audience: BACKEND, clientId: 'app', subjectParameter: 'requested_subject', subjectValue: 'sub' });
    return page;
  }

  afterEach(() => vi.useRealTimers());

  it('waits for the largest paint after the data was asked for (Lighthouse counts a request sent before it), then sends it', async () => {
    vi.useFakeTimers();
    const presented = largestPaints();
    const { accessTokenFor: tokenFor } = await freshPage();
    const asked = performance.now();
    const token = tokenFor(MARC);
    await vi.advanceTimersByTimeAsync(50);
    presented(asked - 10);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).not.toHaveBeenCalled();
    presented(asked + 5);
    await token;
    expect(sentForms()).toHaveLength(1);
  });

  it('sends it after 100 ms when no larger paint comes', async () => {
    vi.useFakeTimers();
    largestPaints();
    const { accessTokenFor: tokenFor } = await freshPage();
    const token = tokenFor(MARC);
    await vi.advanceTimersByTimeAsync(99);
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await token;
    expect(sentForms()).toHaveLength(1);
  });
});
