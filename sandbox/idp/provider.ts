/**
 * An I.AM Connect stand-in on panva's oidc-provider: authorization code + PKCE for one public
 * client, JWT access tokens for the exclusion backend with citizen claims, rotated refresh
 * tokens, RP-initiated logout, and RFC 8693 token exchange to act for a child or a mandator.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import Provider, { errors, type Configuration, type KoaContextWithOIDC, type ResourceServer } from 'oidc-provider';
import { AUDIENCE, citizenClaims } from '../claims';
import { decideActingFor, findPersona, PERSONAS, type Person } from '../personas';
import { errorPage, loginPage, logoutPage, pageLanguage } from './pages';
import { publicJwk } from '../keys';

export const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
/** The resource indicator of the exclusion backend; tokens for it carry aud = AUDIENCE. */
export const RESOURCE = 'urn:ehealth:therapeutic-exclusion';
const RESOURCE_SCOPE = 'exclusions';

export interface IdpOptions {
  issuer: string;
  signingKey: JWK;
  clientId: string;
  appOrigins: readonly string[];
  accessTokenTtl: number;
}

/** The person an access token acts for: set by the exchange grant, otherwise the user. */
const actingForKey = Symbol('actingFor');
type WithActingFor = { [actingForKey]?: Person };

export function createIdentityProvider(options: IdpOptions) {
  const { issuer, signingKey, clientId, appOrigins, accessTokenTtl } = options;
  const resourceServer: ResourceServer = {
    scope: RESOURCE_SCOPE,
    audience: AUDIENCE,
    accessTokenTTL: accessTokenTtl,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256' } },
  };

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
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== RESOURCE) throw new errors.InvalidTarget();
          return resourceServer;
        },
      },
    },
    ttl: {
      // Read at issue time, so the test control below takes effect for the next token.
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? resourceServer.accessTokenTTL ?? accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      RefreshToken: 8 * 3600,
    },
    clientBasedCORS: (_ctx, origin) => appOrigins.includes(origin),
    findAccount: (_ctx, id) => {
      const persona = findPersona(id);
      if (!persona) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, name: `${persona.firstName} ${persona.lastName}`, given_name: persona.firstName, family_name: persona.lastName, locale: persona.locale }),
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
      grant.addOIDCScope(`openid profile offline_access ${RESOURCE_SCOPE}`);
      grant.addResourceScope(RESOURCE, RESOURCE_SCOPE);
      await grant.save();
      return grant;
    },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const persona = findPersona(token.accountId);
      if (!persona) return undefined;
      return citizenClaims(persona, (token as WithActingFor)[actingForKey] ?? persona);
    },
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
      if (!params.requested_subject) throw new errors.InvalidRequest('missing required parameter requested_subject (the SSIN of the patient to act for)');

      let subject: string;
      try {
        const { payload } = await jwtVerify(params.subject_token, localKeys, { issuer, audience: AUDIENCE });
        subject = String(payload.sub);
      } catch {
        throw new errors.CustomOIDCProviderError('invalid_grant', 'subject_token is invalid or expired');
      }
      const persona = findPersona(subject);
      if (!persona) throw new errors.CustomOIDCProviderError('invalid_grant', 'unknown subject');
      const decision = decideActingFor(persona, params.requested_subject);
      if (!decision.ok) throw new errors.CustomOIDCProviderError('invalid_grant', decision.reason);

      // An exchanged token stands on the subject token, not on a grant of its own.
      const token = new ctx.oidc.provider.AccessToken({ accountId: persona.login, client: ctx.oidc.client!, scope: RESOURCE_SCOPE, gty: 'token_exchange', grantId: undefined as unknown as string });
      token.resourceServer = new ctx.oidc.provider.ResourceServer(RESOURCE, resourceServer);
      (token as WithActingFor)[actingForKey] = decision.patient;
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
      if (!findPersona(login)) {
        send(400, errorPage('Unknown person.'));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
    send(404, errorPage('Not found.'));
  }

  /**
   * Test control, loopback only: POST /__sandbox/token-ttl?seconds=N changes the lifetime of the
   * access tokens issued from now on, so renewal paths can be exercised without a restart.
   */
  function tokenTtlControl(req: IncomingMessage, res: ServerResponse): void {
    const address = req.socket.remoteAddress ?? '';
    const seconds = Number(new URL(req.url ?? '/', issuer).searchParams.get('seconds'));
    const loopback = address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
    if (req.method !== 'POST' || !loopback || !Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('POST from loopback with seconds=1..86400');
      return;
    }
    resourceServer.accessTokenTTL = seconds;
    res.writeHead(204).end();
  }

  function handler(req: IncomingMessage, res: ServerResponse): void {
    if (req.url === '/favicon.ico') {
      // The browser asks on every sandbox page; an empty answer keeps its console clean.
      res.writeHead(204).end();
      return;
    }
    if (req.url?.startsWith('/__sandbox/token-ttl')) {
      tokenTtlControl(req, res);
      return;
    }
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((error: unknown) => {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(errorPage(`This login step has expired or is unknown (${error instanceof Error ? error.message : 'error'}). Go back to the app and log in again.`));
      });
      return;
    }
    oidcHandler(req, res);
  }

  return { provider, handler };
}
