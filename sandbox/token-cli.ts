/**
 * `npm run -s sandbox:token -- <login> [<patientSsin>]`: prints one access token for a persona,
 * acting for that patient (default: themselves), under the same rules as the token exchange.
 */
import { SignJWT, importJWK } from 'jose';
import { AUDIENCE, citizenClaims } from './claims';
import { loadOrCreateSigningKey } from './keys';
import { decideActingFor, findPersona, PERSONAS } from './personas';
import { sandboxSettings } from './settings';
import { normaliseSsin } from '../src/domain/ssin';

async function main(): Promise<number> {
  const [login, patient] = process.argv.slice(2);
  const persona = login ? findPersona(login) : undefined;
  if (!persona) {
    console.error(`usage: npm run -s sandbox:token -- <login> [<patientSsin>]   (logins: ${PERSONAS.map((p) => p.login).join(', ')})`);
    return 2;
  }
  const decision = decideActingFor(persona, patient ? normaliseSsin(patient) : persona.ssin);
  if (!decision.ok) {
    console.error(`sandbox:token: refused: ${decision.reason}`);
    return 1;
  }
  const settings = sandboxSettings();
  const jwk = await loadOrCreateSigningKey(settings.keyFile);
  const key = await importJWK(jwk, 'RS256');
  const token = await new SignJWT({ ...citizenClaims(persona, decision.patient), client_id: settings.clientId, scope: 'exclusions' })
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'at+jwt' })
    .setIssuer(settings.issuer)
    .setAudience(AUDIENCE)
    .setSubject(persona.login)
    .setIssuedAt()
    .setJti(crypto.randomUUID())
    .setExpirationTime(`${settings.accessTokenTtl}s`)
    .sign(key);
  console.log(token);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`sandbox:token: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
