import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The production build against a real Keycloak 26.7 (scripts/keycloak.mjs) as I.AM Connect's stand-in,
// with the sandbox API trusting it. Keycloak listens on 8082 like the sandbox IdP: never both at once.
export default defineConfig({
  ...base,
  testDir: 'e2e-keycloak',
  projects: [{ name: 'keycloak', use: { baseURL: 'http://localhost:4173' } }],
  webServer: [
    {
      command: 'npx tsx scripts/keycloak.mjs',
      // Ready once the realm is served and its permissions are set (Keycloak builds itself first in dev mode).
      wait: { stdout: /\[keycloak\] .* ready in/ },
      reuseExistingServer: false,
      timeout: 400_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
    {
      command: 'npx tsx sandbox/main.ts',
      wait: { stdout: /\[sandbox\] API/ },
      env: { KEYCLOAK_REALM_URL: 'http://localhost:8082/auth/realms/healthcare', SANDBOX_STRICT_FROM: '1' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    { command: 'node scripts/e2e-keycloak.mjs', url: 'http://localhost:4173', reuseExistingServer: false, timeout: 180_000 },
  ],
});
