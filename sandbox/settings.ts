/** Ports, origins and switches of the sandbox, from the environment with fixed defaults. */
import { resolve } from 'node:path';
import type { SubjectSelector } from './personas';

const positiveInt = (name: string, fallback: number, max = 65535) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0 || value > max) throw new Error(`${name} must be a whole number from 1 to ${max}`);
  return value;
};

/** How the token exchange names the person to act for: I.AM Connect's real rule is not public. */
function subjectSelector(value: string): SubjectSelector {
  if (value !== 'sub' && value !== 'ssin') throw new Error('SANDBOX_EXCHANGE_SUBJECT must be sub or ssin');
  return value;
}

export function sandboxSettings() {
  const apiPort = positiveInt('SANDBOX_API_PORT', 8081);
  const idpPort = positiveInt('SANDBOX_IDP_PORT', 8082);
  return {
    apiPort,
    idpPort,
    issuer: `http://localhost:${idpPort}`,
    /** The app's dev and preview servers, the e2e suite's nginx and the MyHealth demo host (`npm run module:demo`), on both loopback names. */
    appOrigins: [5173, 4173, 4180, 5174].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]),
    clientId: process.env.SANDBOX_CLIENT_ID ?? 'myhealth-exclusions-sandbox',
    accessTokenTtl: positiveInt('SANDBOX_TOKEN_TTL', 300, 86400),
    exchangeSubject: subjectSelector(process.env.SANDBOX_EXCHANGE_SUBJECT ?? 'sub'),
    strictFrom: process.env.SANDBOX_STRICT_FROM === '1',
    dataFile: process.env.SANDBOX_DATA ? resolve(process.env.SANDBOX_DATA) : undefined,
    keycloakRealmUrl: process.env.KEYCLOAK_REALM_URL || undefined,
    keyFile: resolve(process.env.SANDBOX_KEY_FILE ?? 'sandbox/.data/idp-signing-key.json'),
  };
}
