/**
 * The Keycloak realm `healthcare` (sandbox/keycloak/healthcare-realm.json), generated from the
 * sandbox's personas so they stay one source: `npm run keycloak:realm` writes it, realm.test.ts
 * fails when the committed file drifts. I.AM Connect is Keycloak; this realm gives its tokens the
 * shape Smals' MyHealth components read (reuse/code/interfaces/ehealth-token*.interface.ts in
 * smals-belgium/shared-referral-prescription-webcomponent), through user attributes and mappers.
 * The fine-grained permissions (who may exchange, who may act for whom) cannot be imported with
 * a realm: sandbox/keycloak/permissions.ts sets them after start.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXCLUSION_BACKEND, REST_ACCESS_ROLE } from '../../src/domain/serviceContract';
import { mayActClaim } from '../claims';
import { PERSONAS, type Persona, type Relative } from '../personas';

export const REALM = 'healthcare';
export const SPA_CLIENT = 'myhealth-exclusions-sandbox';
/** Sandbox only: the API introspects tokens with it, so a token revoked at Keycloak is refused. */
export const BACKEND_SECRET = 'sandbox-only-backend-secret';
/** The app's dev server and production preview, on both loopback names. */
export const APP_ORIGINS = [5173, 4173].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);
/** Short, so that renewal with refresh-token rotation happens within a test (the app renews 10 s before expiry). */
export const LOGIN_TOKEN_SECONDS = 20;
export const REALM_FILE = fileURLToPath(new URL('./healthcare-realm.json', import.meta.url));

/** Everyone who has a Keycloak account: the personas, then their relatives (whom a switch impersonates). */
export interface Account {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  ssin: string;
  locale: Persona['locale'];
  restAccess: boolean;
  mayAct: ReturnType<typeof mayActClaim>;
}

const relativeLogin = (relative: Relative) => relative.firstName.toLowerCase();

export function accounts(): Account[] {
  const people: Account[] = PERSONAS.map((p) => ({
    id: p.sub,
    username: p.login,
    firstName: p.firstName,
    lastName: p.lastName,
    ssin: p.ssin,
    locale: p.locale,
    restAccess: p.restAccess,
    mayAct: mayActClaim(p),
  }));
  for (const persona of PERSONAS) {
    for (const relative of [...persona.children, ...persona.mandators]) {
      if (people.some((a) => a.id === relative.sub)) continue;
      people.push({ ...relative, id: relative.sub, username: relativeLogin(relative), locale: persona.locale, restAccess: true, mayAct: [] });
    }
  }
  return people;
}

/** A user attribute in the token, as a string or as parsed JSON (Keycloak's "JSON" claim type). */
function attributeMapper(attribute: string, jsonType: 'String' | 'JSON') {
  return {
    name: attribute,
    protocol: 'openid-connect',
    protocolMapper: 'oidc-usermodel-attribute-mapper',
    consentRequired: false,
    config: {
      'user.attribute': attribute,
      'claim.name': attribute,
      'jsonType.label': jsonType,
      'access.token.claim': 'true',
      'id.token.claim': 'false',
      'userinfo.token.claim': 'false',
      'introspection.token.claim': 'true',
      multivalued: 'false',
    },
  };
}

/** The claims of Smals' EHealthToken that Keycloak's default scopes do not give. */
const citizenMappers = [
  attributeMapper('ssin', 'String'),
  attributeMapper('locale', 'String'),
  attributeMapper('userProfile', 'JSON'),
  attributeMapper('may_act', 'JSON'),
];

/** In a token exchanged with requested_subject (V1 impersonation): who is acting, as RFC 8693's `act`. */
const actorMapper = {
  name: 'act',
  protocol: 'openid-connect',
  protocolMapper: 'oidc-usersessionmodel-note-mapper',
  consentRequired: false,
  config: {
    'user.session.note': 'IMPERSONATOR_ID',
    'claim.name': 'act.sub',
    'jsonType.label': 'String',
    'access.token.claim': 'true',
    'id.token.claim': 'false',
    'introspection.token.claim': 'true',
  },
};

function user(account: Account) {
  const attributes: Record<string, string[]> = {
    ssin: [account.ssin],
    locale: [account.locale],
    userProfile: [JSON.stringify({ ssin: account.ssin, firstName: account.firstName, lastName: account.lastName })],
  };
  if (account.mayAct.length > 0) attributes.may_act = [JSON.stringify(account.mayAct)];
  return {
    id: account.id,
    username: account.username,
    enabled: true,
    firstName: account.firstName,
    lastName: account.lastName,
    email: `${account.username}@sandbox.example.org`,
    emailVerified: true,
    attributes,
    // Sandbox only: the password is the login.
    credentials: [{ type: 'password', value: account.username, temporary: false }],
    clientRoles: account.restAccess ? { [EXCLUSION_BACKEND]: [REST_ACCESS_ROLE] } : {},
  };
}

/** Keycloak's declarative user profile with the EHealthToken attributes kept (unmanaged attributes on). */
const userProfileConfig = {
  attributes: ['username', 'email', 'firstName', 'lastName'].map((name) => ({
    name,
    displayName: `\${${name}}`,
    validations: { length: { max: 255 } },
    permissions: { view: ['admin', 'user'], edit: ['admin'] },
    multivalued: false,
  })),
  groups: [],
  unmanagedAttributePolicy: 'ADMIN_EDIT',
};

export function buildRealm() {
  return {
    realm: REALM,
    enabled: true,
    sslRequired: 'external',
    registrationAllowed: false,
    resetPasswordAllowed: false,
    internationalizationEnabled: true,
    supportedLocales: ['nl', 'fr', 'de', 'en'],
    defaultLocale: 'en',
    accessTokenLifespan: 300,
    ssoSessionIdleTimeout: 1800,
    ssoSessionMaxLifespan: 36000,
    // Refresh-token rotation: each refresh token is good once (I.AM Connect's and the sandbox's behaviour).
    revokeRefreshToken: true,
    refreshTokenMaxReuse: 0,
    roles: { client: { [EXCLUSION_BACKEND]: [{ name: REST_ACCESS_ROLE, description: 'May call the Therapeutic Exclusion REST API', clientRole: true }] } },
    clients: [
      {
        clientId: SPA_CLIENT,
        name: 'Therapeutic exclusions (sandbox)',
        enabled: true,
        publicClient: true,
        protocol: 'openid-connect',
        standardFlowEnabled: true,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
        // The login token carries no backend role: only an exchange for the backend's audience does.
        fullScopeAllowed: false,
        redirectUris: APP_ORIGINS.map((origin) => `${origin}/auth/callback`),
        webOrigins: APP_ORIGINS,
        attributes: {
          'pkce.code.challenge.method': 'S256',
          'post.logout.redirect.uris': APP_ORIGINS.map((origin) => `${origin}/`).join('##'),
          'access.token.lifespan': String(LOGIN_TOKEN_SECONDS),
          // The legacy (V1) exchange, with its impersonation, answers for this client, not the standard one.
          'standard.token.exchange.enabled': 'false',
        },
        protocolMappers: citizenMappers,
      },
      {
        clientId: EXCLUSION_BACKEND,
        name: 'eHealth Therapeutic Exclusion backend (sandbox)',
        enabled: true,
        publicClient: false,
        clientAuthenticatorType: 'client-secret',
        secret: BACKEND_SECRET,
        protocol: 'openid-connect',
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: false,
        // An exchanged token is made in this client's name: only its own role goes in.
        fullScopeAllowed: false,
        attributes: {},
        protocolMappers: [...citizenMappers, actorMapper],
      },
    ],
    users: accounts().map(user),
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        { providerId: 'declarative-user-profile', subComponents: {}, config: { 'kc.user.profile.config': [JSON.stringify(userProfileConfig)] } },
      ],
    },
  };
}

export const realmFileText = () => `${JSON.stringify(buildRealm(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(REALM_FILE, realmFileText());
  console.log(`[keycloak] wrote ${REALM_FILE}`);
}
