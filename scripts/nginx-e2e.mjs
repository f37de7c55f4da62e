#!/usr/bin/env node
// Serves dist/ with real nginx and the deploy template (scripts/nginx-config.mjs, the same block as
// deploy/nginx.conf, generated for the sandbox's config.json) on an unprivileged port, for the e2e
// suite's "nginx" project. Finds nginx (/usr/sbin/nginx), installs Debian's package as root where it
// is missing, or says in one line what to install.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findOrInstall } from './debian-package.mjs';
import { nginxConfig } from './nginx-config.mjs';

export const NGINX_PORT = Number(process.env.NGINX_PORT ?? 4180);
const dist = resolve('dist');
const prefix = resolve('test-results/.nginx');

const nginx = findOrInstall({
  label: 'nginx',
  packageName: 'nginx',
  find: () => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)),
  hint: 'No nginx found. Install it (Debian: "sudo apt-get install nginx") to run the e2e suite against it.',
});

// The production build is made by the "production" web server of playwright.config.ts: wait for it.
const deadline = Date.now() + 180_000;
while (!existsSync(resolve(dist, 'index.html')) || !existsSync(resolve(dist, 'config.json'))) {
  if (Date.now() > deadline) {
    console.error('[nginx] dist/ did not appear: run "npm run build" first.');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 500));
}

mkdirSync(resolve(prefix, 'tmp'), { recursive: true });
const config = JSON.parse(readFileSync(resolve(dist, 'config.json'), 'utf8'));
const temp = (name) => `  ${name}_temp_path ${prefix}/tmp/${name};`;
writeFileSync(
  resolve(prefix, 'nginx.conf'),
  [
    `pid ${prefix}/nginx.pid;`,
    'error_log stderr warn;',
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    nginxConfig(config, { listen: `localhost:${NGINX_PORT}`, root: dist }),
    '}',
    '',
  ].join('\n'),
);
console.log(`[nginx] ${nginx} serving ${dist} on http://localhost:${NGINX_PORT} with the deploy template`);
const child = spawn(nginx, ['-p', prefix, '-c', resolve(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
