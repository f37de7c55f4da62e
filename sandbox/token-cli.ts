/**
 * `npm run -s sandbox:token -- <login> [<patientSsin>]`: prints one access token for a persona,
 * acting for that patient (default: themselves), as the token exchange issues it for the
 * exclusion backend, under the same rules.
 */
import { accessTokenClaims } from './claims';
import { loadOrCreateSigningKey, signAccessToken } from './keys';
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
  const context = {
    clientId: settings.clientId,
    appOrigins: settings.appOrigins,
    scope: 'exclusions',
    sid: crypto.randomUUID(),
    authTime: Math.floor(Date.now() / 1000),
  };
  const claims = accessTokenClaims(persona, context, { kind: 'backend', actingFor: decision.patient });
  console.log(await signAccessToken(jwk, settings.issuer, claims, `${settings.accessTokenTtl}s`));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`sandbox:token: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
