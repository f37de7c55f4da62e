#!/usr/bin/env node
// `npm run start:keycloak`: real Keycloak 26.7 on :8082 (scripts/keycloak.mjs), the sandbox API on
// :8081 trusting it, and the app's dev server on :5173 configured for it (sandbox/keycloak/config.json).
// Run by tsx (package.json). `npm start` stays on the light sandbox, which starts in seconds.
import { spawn } from 'node:child_process';
import { REALM_URL, startKeycloak } from './keycloak.mjs';
import { runTogether } from './run-together.mjs';

let keycloak;
try {
  ({ child: keycloak } = await startKeycloak());
} catch (error) {
  console.error(`[keycloak] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const env = { ...process.env, KEYCLOAK_REALM_URL: REALM_URL, APP_CONFIG: 'sandbox/keycloak/config.json' };
// Keycloak takes seconds to stop cleanly.
runTogether(
  [keycloak, spawn('npx', ['tsx', 'sandbox/main.ts'], { stdio: 'inherit', env }), spawn('npx', ['vite', '--strictPort'], { stdio: 'inherit', env })],
  1500,
);
console.log('App: http://localhost:5173  (log in at Keycloak as anna, marc, sofie or victor; the password is the login)');
