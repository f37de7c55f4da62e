#!/usr/bin/env node
// For the `keycloak` e2e run (playwright.keycloak.config.ts): the production build, configured for the
// Keycloak realm (sandbox/keycloak/config.json), served on :4173 with the production headers by serve.mjs.
// Its own output folder, so it never touches the dist/ of the other e2e runs.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'node_modules/.cache/keycloak-e2e-dist');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
copyFileSync(join(root, 'sandbox/keycloak/config.json'), join(outDir, 'config.json'));
const server = spawn('node', [join(root, 'scripts/serve.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, DIST_DIR: outDir } });
server.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGTERM', () => server.kill('SIGTERM'));
process.on('SIGINT', () => server.kill('SIGTERM'));
