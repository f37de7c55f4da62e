import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/ensure-chromium.mjs';

// The e2e run is strict about the cookbook's From header: a request without it gets 400.
const sandboxEnv = { SANDBOX_STRICT_FROM: '1', SANDBOX_TOKEN_TTL: process.env.SANDBOX_TOKEN_TTL ?? '300', SANDBOX_KEY_FILE: 'test-results/.sandbox/key.json' };

/** The sandbox (identity provider and API), ready once its IdP answers. */
export function sandboxServer(env: Record<string, string>) {
  return {
    command: 'npx tsx sandbox/main.ts',
    url: 'http://localhost:8082/.well-known/openid-configuration',
    reuseExistingServer: false,
    env,
    timeout: 60_000,
  };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  // Every spec runs against the dev server and against the production build with its headers.
  projects: [
    { name: 'dev', use: { baseURL: 'http://localhost:5173' } },
    { name: 'production', use: { baseURL: 'http://localhost:4173' } },
    // What the README tells an operator to run: real nginx with the deploy template (scripts/nginx-e2e.mjs).
    { name: 'nginx', use: { baseURL: 'http://localhost:4180' }, testMatch: ['production.spec.ts'] },
  ],
  use: {
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    sandboxServer(sandboxEnv),
    { command: 'npx vite --strictPort', url: 'http://localhost:5173', reuseExistingServer: false, timeout: 60_000 },
    { command: 'npx vite build --logLevel warn && node scripts/serve.mjs', url: 'http://localhost:4173', reuseExistingServer: false, timeout: 120_000 },
    // Started after the build above (it waits for dist/ itself as well).
    { command: 'node scripts/nginx-e2e.mjs', url: 'http://localhost:4180', reuseExistingServer: false, timeout: 240_000 },
  ],
});
