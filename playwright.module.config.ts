import { defineConfig } from '@playwright/test';
import base, { sandboxServer } from './playwright.config';

// The module in a MyHealth host (module/host, npm run module:demo), against the sandbox, strict
// about the cookbook's From header as the app's e2e run is. The host signs its users' login
// tokens with the sandbox IdP's key: both read the same key file.
const sandboxEnv = { SANDBOX_STRICT_FROM: '1', SANDBOX_TOKEN_TTL: '300', SANDBOX_KEY_FILE: 'test-results/.sandbox-module/key.json' };

export default defineConfig({
  ...base,
  testDir: 'e2e-module',
  projects: [{ name: 'module', use: { baseURL: 'http://localhost:5174' } }],
  webServer: [
    sandboxServer(sandboxEnv),
    {
      command: 'npx vite build -c vite.module.config.ts --logLevel warn && node scripts/module-package.mjs && npx tsx scripts/module-host.ts',
      url: 'http://localhost:5174/',
      reuseExistingServer: false,
      env: sandboxEnv,
      timeout: 120_000,
    },
  ],
});
