/** Helpers for the sandbox's contract tests: real servers on free ports, tokens signed by the IdP's key. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importJWK, SignJWT, type JWK } from 'jose';
import { AUDIENCE, citizenClaims } from './claims';
import { createSigningKey } from './keys';
import { decideActingFor, findPersona } from './personas';
import { startSandbox, type RunningSandbox } from './servers';

export const APP_ORIGIN = 'http://localhost:5173';
export const FROM = 'tests@example.org';

export async function startTestSandbox(options: { strictFrom?: boolean; dataFile?: string; signingKey?: JWK } = {}) {
  const signingKey = options.signingKey ?? (await createSigningKey());
  const sandbox: RunningSandbox = await startSandbox({
    apiPort: 0,
    idpPort: 0,
    appOrigins: [APP_ORIGIN],
    clientId: 'test-client',
    accessTokenTtl: 300,
    strictFrom: options.strictFrom ?? false,
    dataFile: options.dataFile,
    signingKey,
  });
  return { ...sandbox, signingKey };
}

export function temporaryDataFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'sandbox-')), 'state.json');
}

/** A token as the IdP would issue it (same claims, same key), with knobs to break it. */
export async function tokenFor(
  sandbox: { issuer: string; signingKey: JWK },
  login: string,
  patientSsin?: string,
  overrides: { key?: JWK; expiresIn?: string; audience?: string } = {},
): Promise<string> {
  const persona = findPersona(login)!;
  const decision = decideActingFor(persona, patientSsin ?? persona.ssin);
  if (!decision.ok) throw new Error(decision.reason);
  const jwk = overrides.key ?? sandbox.signingKey;
  return new SignJWT({ ...citizenClaims(persona, decision.patient), client_id: 'test-client' })
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'at+jwt' })
    .setIssuer(sandbox.issuer)
    .setAudience(overrides.audience ?? AUDIENCE)
    .setSubject(login)
    .setIssuedAt()
    .setExpirationTime(overrides.expiresIn ?? '5m')
    .sign(await importJWK(jwk, 'RS256'));
}
