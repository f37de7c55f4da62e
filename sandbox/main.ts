/** `npm run sandbox`: the identity provider and the API, until Ctrl-C. */
import { loadOrCreateSigningKey } from './keys';
import { startSandbox } from './servers';
import { sandboxSettings } from './settings';

async function main() {
  const settings = sandboxSettings();
  const sandbox = await startSandbox({ ...settings, signingKey: await loadOrCreateSigningKey(settings.keyFile) });
  console.log(`[sandbox] identity provider ${sandbox.issuer}  (token lifetime ${settings.accessTokenTtl}s)`);
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
