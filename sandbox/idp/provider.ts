/**
 * An I.AM Connect stand-in on panva's oidc-provider: authorization code + PKCE for one public
 * client, JWT login tokens with citizen claims (no backend role), rotated refresh tokens,
 * RP-initiated logout, and RFC 8693 token exchange for the exclusion backend's audience, for
 * oneself or to act for a child or a mandator (the token then carries the backend's role).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import Provider, { errors, type Configuration, type KoaContextWithOIDC, type ResourceServer } from 'oidc-provider';
import { accessTokenClaims, AUDIENCE, LOGIN_AUDIENCE } from '../claims';
import { decideActingFor, findPersona, findPersonaBySub, PERSONAS, requestedPatientSsin, type Person, type SubjectSelector } from '../personas';
import { errorPage, loginPage, logoutPage, pageLanguage } from './pages';
import { controlRefusal, hostAllowed } from '../controls';
import { publicJwk } from '../keys';
import type { Revocations } from '../revocations';

export const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
/** The resource indicator of the exclusion backend; tokens for it carry aud = [AUDIENCE]. */
export const RESOURCE = 'urn:ehealth:therapeutic-exclusion';
/** The login's own resource: its tokens carry aud = [LOGIN_AUDIENCE] and no backend role. */
const LOGIN_RESOURCE = 'urn:ehealth:iam-connect:account';
const RESOURCE_SCOPE = 'exclusions';
/** Parameters of the token exchange: the person is named by `requested_subject` (Keycloak's name). */
export const REQUESTED_SUBJECT = 'requested_subject';

export interface IdpOptions {
  issuer: string;
  signingKey: JWK;
  clientId: string;
  appOrigins: readonly string[];
  accessTokenTtl: number;
  /** Whether the exchange's `requested_subject` is the `may_act` entry's `sub` or the SSIN. */
  exchangeSubject: SubjectSelector;
  /** Shared with the API: JWT access tokens revoked at the revocation endpoint. */
  revocations: Revocations;
}

/** Set by the exchange grant on the token it issues: whom it acts for, and the login it stands on. */
const exchangeKey = Symbol('exchange');
type Exchange = { actingFor: Person; sid: string; authTime: number };
type WithExchange = { [exchangeKey]?: Exchange };

export function createIdentityProvider(options: IdpOptions) {
  const { issuer, signingKey, clientId, appOrigins, revocations } = options;
  // Both read when a token is issued, so the test controls below take effect for the next one.
  let accessTokenTtl = options.accessTokenTtl;
  let exchangeSubject = options.exchangeSubject;
  const jwtServer = (audience: string): ResourceServer => ({ scope: RESOURCE_SCOPE, audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } });
  const loginServer = jwtServer(LOGIN_AUDIENCE);
  const backendServer = jwtServer(AUDIENCE);

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token', TOKEN_EXCHANGE],
        response_types: ['code'],
        redirect_uris: appOrigins.map((o) => `${o}/auth/callback`),
        post_logout_redirect_uris: appOrigins.map((o) => `${o}/`),
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['sandbox-only-cookie-key-not-a-secret'] },
    scopes: ['openid', 'profile', 'offline_access', RESOURCE_SCOPE],
    claims: { openid: ['sub'], profile: ['name', 'given_name', 'family_name', 'locale'] },
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form, pageLanguage(ctx.oidc.params?.ui_locales));
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => LOGIN_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== LOGIN_RESOURCE) throw new errors.InvalidTarget();
          return loginServer;
        },
      },
    },
    formats: {
      customizers: {
        // Every access token in I.AM Connect's shape (sandbox/claims.ts), whichever grant issued it.
        jwt: (ctx, token, jwt) => {
          if (!('accountId' in token)) return;
          const persona = findPersonaBySub(token.accountId);
          if (!persona) return;
          const exchange = (token as WithExchange)[exchangeKey];
          const login = ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;
          const { jti, iat, exp, iss } = jwt.payload;
          const context = {
            clientId,
            appOrigins,
            scope: String(jwt.payload.scope ?? RESOURCE_SCOPE),
            sid: exchange?.sid ?? token.sid ?? token.sessionUid ?? '',
            authTime: exchange?.authTime ?? login?.authTime ?? Number(iat),
          };
          jwt.payload = {
            ...accessTokenClaims(persona, context, exchange ? { kind: 'backend', actingFor: exchange.actingFor } : { kind: 'login' }),
            jti,
            iat,
            exp,
            iss,
          };
        },
      },
    },
    ttl: {
      AccessToken: () => accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      RefreshToken: 8 * 3600,
    },
    clientBasedCORS: (_ctx, origin) => appOrigins.includes(origin),
    // The account id is the persona's opaque subject id, as in I.AM Connect.
    findAccount: (_ctx, id) => {
      const persona = findPersonaBySub(id);
      if (!persona) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          name: `${persona.firstName} ${persona.lastName}`,
          given_name: persona.firstName,
          family_name: persona.lastName,
          locale: persona.locale,
        }),
      };
    },
    // A first-party client: the grant is given at login, so there is no consent screen.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      // Without a resource parameter the requested scopes are checked as OIDC scopes: grant both ways.
      // Like Keycloak, an offline (session-independent) refresh token only when offline_access is asked for.
      const offline = String(ctx.oidc.params?.scope ?? '')
        .split(' ')
        .includes('offline_access');
      grant.addOIDCScope(`openid profile ${RESOURCE_SCOPE}${offline ? ' offline_access' : ''}`);
      grant.addResourceScope(LOGIN_RESOURCE, RESOURCE_SCOPE);
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(`${out.error}: ${out.error_description ?? ''}`);
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = false;

  const localKeys = createLocalJWKSet({ keys: [publicJwk(signingKey)] });

  provider.registerGrantType(
    TOKEN_EXCHANGE,
    async (ctx: KoaContextWithOIDC) => {
      const params = ctx.oidc.params as Record<string, string | undefined>;
      if (!params.subject_token) throw new errors.InvalidRequest('missing required parameter subject_token');
      if (params.subject_token_type !== ACCESS_TOKEN_TYPE) throw new errors.InvalidRequest(`subject_token_type must be ${ACCESS_TOKEN_TYPE}`);
      if (params.audience && params.audience !== AUDIENCE) throw new errors.InvalidTarget(`audience must be ${AUDIENCE}`);

      // The subject token: a login token of ours (or one exchanged from it), still valid.
      let subject: { sub?: unknown; act?: { sub?: unknown }; sid?: unknown; auth_time?: unknown; jti?: string };
      try {
        ({ payload: subject } = await jwtVerify(params.subject_token, localKeys, { issuer }));
      } catch {
        throw new errors.CustomOIDCProviderError('invalid_grant', 'subject_token is invalid or expired');
      }
      if (revocations.has(subject.jti)) throw new errors.CustomOIDCProviderError('invalid_grant', 'subject_token was revoked');
      const persona = findPersonaBySub(String(subject.act?.sub ?? subject.sub));
      if (!persona) throw new errors.CustomOIDCProviderError('invalid_grant', 'unknown subject');

      // No requested_subject: a token for oneself. Otherwise the person, named as this IdP is set up to.
      const requested = params[REQUESTED_SUBJECT];
      const patientSsin = requested === undefined ? persona.ssin : requestedPatientSsin(persona, requested, exchangeSubject);
      if (!patientSsin) {
        throw new errors.CustomOIDCProviderError(
          'invalid_grant',
          `${REQUESTED_SUBJECT} names no one this user may act for (this identity provider expects the ${exchangeSubject === 'sub' ? "may_act entry's sub" : 'SSIN'})`,
        );
      }
      const decision = decideActingFor(persona, patientSsin);
      if (!decision.ok) throw new errors.CustomOIDCProviderError('invalid_grant', decision.reason);

      // An exchanged token stands on the subject token, not on a grant of its own.
      const token = new ctx.oidc.provider.AccessToken({
        accountId: persona.sub,
        client: ctx.oidc.client!,
        scope: RESOURCE_SCOPE,
        gty: 'token_exchange',
        grantId: undefined as unknown as string,
      });
      token.resourceServer = new ctx.oidc.provider.ResourceServer(RESOURCE, backendServer);
      (token as WithExchange)[exchangeKey] = { actingFor: decision.patient, sid: String(subject.sid ?? ''), authTime: Number(subject.auth_time ?? 0) };
      const value = await token.save();
      ctx.body = {
        access_token: value,
        issued_token_type: ACCESS_TOKEN_TYPE,
        token_type: 'Bearer',
        expires_in: token.expiration,
        scope: RESOURCE_SCOPE,
      };
    },
    ['subject_token', 'subject_token_type', 'requested_subject', 'audience', 'requested_token_type', 'scope', 'resource'],
  );

  // oidc-provider refuses to revoke JWT access tokens (it stores none: unsupported_token_type). A
  // JWT of ours is revoked here instead (RFC 7009: 200), its jti recorded for the API and the
  // exchange to refuse; refresh tokens go the provider's own way.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.method !== 'POST' || ctx.path !== '/token/revocation' || (ctx.body as { error?: string } | undefined)?.error !== 'unsupported_token_type') return;
    const token = (ctx.oidc?.params as { token?: string } | undefined)?.token;
    try {
      const { payload } = await jwtVerify(token ?? '', localKeys, { issuer, currentDate: new Date(0) });
      if (payload.jti) revocations.add(payload.jti, payload.exp ?? 0);
      ctx.status = 200;
      ctx.body = '';
    } catch {
      // Not one of ours: the provider's answer stands.
    }
  });

  const oidcHandler = provider.callback();

  async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
    let raw = '';
    for await (const chunk of req) {
      raw += chunk;
      if (raw.length > 4096) break;
    }
    return new URLSearchParams(raw);
  }

  /** The login step: a page listing the personas, and its form post. */
  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer);
    const details = await provider.interactionDetails(req, res);
    const send = (status: number, html: string) => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(html);
    };
    if (req.method === 'GET' && url.pathname === `/interaction/${details.uid}`) {
      send(200, loginPage(details.uid, PERSONAS, pageLanguage(details.params.ui_locales)));
      return;
    }
    if (req.method === 'POST' && url.pathname === `/interaction/${details.uid}/login`) {
      const login = (await readForm(req)).get('login') ?? '';
      const persona = findPersona(login);
      if (!persona) {
        send(400, errorPage('Unknown person.'));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: persona.sub } }, { mergeWithLastSubmission: false });
      return;
    }
    send(404, errorPage('Not found.'));
  }

  /** Why a test control is refused (../controls.ts), or undefined. */
  const controlRefused = (req: IncomingMessage) =>
    controlRefusal({ remoteAddress: req.socket.remoteAddress, header: (name) => req.headers[name.toLowerCase()] as string | undefined }, appOrigins);

  /**
   * Test control (../controls.ts): POST /__sandbox/token-ttl?seconds=N changes the lifetime of the
   * access tokens issued from now on, so renewal paths can be exercised without a restart.
   */
  function tokenTtlControl(req: IncomingMessage, res: ServerResponse): void {
    const seconds = Number(new URL(req.url ?? '/', issuer).searchParams.get('seconds'));
    const refused = controlRefused(req);
    if (refused) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end(refused);
      return;
    }
    if (req.method !== 'POST' || !Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('POST from loopback with seconds=1..86400');
      return;
    }
    accessTokenTtl = seconds;
    res.writeHead(204).end();
  }

  /** Test control (../controls.ts): POST /__sandbox/exchange-subject?by=sub|ssin, how the exchange names the person. */
  function exchangeSubjectControl(req: IncomingMessage, res: ServerResponse): void {
    const by = new URL(req.url ?? '/', issuer).searchParams.get('by');
    const refused = controlRefused(req);
    if (refused) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end(refused);
      return;
    }
    if (req.method !== 'POST' || (by !== 'sub' && by !== 'ssin')) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('POST from loopback with by=sub or by=ssin');
      return;
    }
    exchangeSubject = by;
    res.writeHead(204).end();
  }

  function handler(req: IncomingMessage, res: ServerResponse): void {
    // Only requests addressed to this server by a loopback name and its port (no DNS rebinding).
    if (!hostAllowed(req.headers.host, req.socket.localPort)) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Host not allowed');
      return;
    }
    if (req.url === '/favicon.ico') {
      // The browser asks on every sandbox page; an empty answer keeps its console clean.
      res.writeHead(204).end();
      return;
    }
    if (req.url?.startsWith('/__sandbox/token-ttl')) {
      tokenTtlControl(req, res);
      return;
    }
    if (req.url?.startsWith('/__sandbox/exchange-subject')) {
      exchangeSubjectControl(req, res);
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((error: unknown) => {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(
          errorPage(`This login step has expired or is unknown (${error instanceof Error ? error.message : 'error'}). Go back to the app and log in again.`),
        );
      });
      return;
    }
    oidcHandler(req, res);
  }

  return { provider, handler };
}
