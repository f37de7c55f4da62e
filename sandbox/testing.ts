/** Helpers for the sandbox's contract tests: real servers on free ports, tokens signed by the IdP's key. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { accessTokenClaims } from './claims';
import { createSigningKey, signAccessToken } from './keys';
import { decideActingFor, findPersona, type SubjectSelector } from './personas';
import { startSandbox, type RunningSandbox } from './servers';

export const APP_ORIGIN = 'http://localhost:5173';
export const FROM = 'tests@example.org';

export async function startTestSandbox(options: { strictFrom?: boolean; dataFile?: string; signingKey?: JWK; exchangeSubject?: SubjectSelector } = {}) {
  const signingKey = options.signingKey ?? (await createSigningKey());
  const sandbox: RunningSandbox = await startSandbox({
    apiPort: 0,
    idpPort: 0,
    appOrigins: [APP_ORIGIN],
    clientId: 'test-client',
    accessTokenTtl: 300,
    exchangeSubject: options.exchangeSubject ?? 'sub',
    strictFrom: options.strictFrom ?? false,
    dataFile: options.dataFile,
    signingKey,
  });
  return { ...sandbox, signingKey };
}

export function temporaryDataFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'sandbox-')), 'state.json');
}

const testContext = () => ({
  clientId: 'test-client',
  appOrigins: [APP_ORIGIN],
  scope: 'exclusions',
  sid: crypto.randomUUID(),
  authTime: Math.floor(Date.now() / 1000),
});

/** A token for the exclusion backend as the IdP's exchange would issue it (same claims, same key), with knobs to break it. */
export async function tokenFor(
  sandbox: { issuer: string; signingKey: JWK },
  login: string,
  patientSsin?: string,
  overrides: { key?: JWK; expiresIn?: string; audience?: string } = {},
): Promise<string> {
  const persona = findPersona(login)!;
  const decision = decideActingFor(persona, patientSsin ?? persona.ssin);
  if (!decision.ok) throw new Error(decision.reason);
  const claims = accessTokenClaims(persona, testContext(), { kind: 'backend', actingFor: decision.patient });
  return signAccessToken(
    overrides.key ?? sandbox.signingKey,
    sandbox.issuer,
    { ...claims, ...(overrides.audience ? { aud: [overrides.audience] } : {}) },
    overrides.expiresIn ?? '5m',
  );
}

/** A login token as the IdP issues it at the end of the authorization code flow. */
export async function loginTokenFor(sandbox: { issuer: string; signingKey: JWK }, login: string): Promise<string> {
  return signAccessToken(sandbox.signingKey, sandbox.issuer, accessTokenClaims(findPersona(login)!, testContext(), { kind: 'login' }), '5m');
}

/**
 * Logs a persona in through the IdP's real authorization code flow with PKCE, as the app does
 * (its login page's form post included), and returns the token response.
 */
export async function loginThroughIdp(
  sandbox: { issuer: string },
  login: string,
): Promise<{ access_token: string; refresh_token?: string; id_token?: string }> {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, sandbox.issuer), {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  };
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const redirectUri = `${APP_ORIGIN}/auth/callback`;
  const authorize = new URLSearchParams({
    client_id: 'test-client',
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: 'openid profile exclusions',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'test',
  });
  let location = (await send(`/auth?${authorize}`)).headers.get('location')!;
  location = (await send(`${location}/login`, { method: 'POST', body: new URLSearchParams({ login }) })).headers.get('location')!;
  while (!location.startsWith(redirectUri)) location = (await send(location)).headers.get('location')!;
  const code = new URL(location).searchParams.get('code')!;
  const token = await send('/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'test-client', code_verifier: verifier }),
  });
  if (!token.ok) throw new Error(`token endpoint: ${token.status} ${await token.text()}`);
  return (await token.json()) as { access_token: string };
}
