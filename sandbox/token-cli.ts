/**
 * `npm run -s sandbox:token -- <login> [<patientSsin>]`: prints one access token for a persona,
 * acting for that patient (default: themselves), as the token exchange issues it for the
 * exclusion backend, under the same rules.
 */
import { signPersonaToken } from './personaToken';
import { decideActingFor, findPersona, PERSONAS } from './personas';
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
  console.log(await signPersonaToken(persona, { kind: 'backend', actingFor: decision.patient }, 'exclusions'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`sandbox:token: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
