/** `npm run sandbox`: the identity provider and the API, until Ctrl-C. */
import { loadOrCreateSigningKey } from './keys';
import { startApiForKeycloak, startSandbox } from './servers';
import { sandboxSettings } from './settings';

async function main() {
  const settings = sandboxSettings();
  // KEYCLOAK_REALM_URL (npm run start:keycloak): the API only, trusting that Keycloak realm instead of our identity provider.
  const sandbox = settings.keycloakRealmUrl
    ? await startApiForKeycloak({ ...settings, realmUrl: settings.keycloakRealmUrl })
    : await startSandbox({ ...settings, signingKey: await loadOrCreateSigningKey(settings.keyFile) });
  console.log(
    settings.keycloakRealmUrl
      ? `[sandbox] identity provider: Keycloak ${sandbox.issuer}`
      : `[sandbox] identity provider ${sandbox.issuer}  (token lifetime ${settings.accessTokenTtl}s)`,
  );
  console.log(
    `[sandbox] API ${sandbox.apiUrl}${settings.strictFrom ? '  (From header required)' : ''}${settings.dataFile ? `  (data in ${settings.dataFile})` : ''}`,
  );
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`[sandbox] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
