/**
 * The MyHealth demo host on http://localhost:5174 (`npm run module:demo`, and the module's e2e):
 * the host page of module/host/, Zone.js, the built module from dist-module/, and the host's own
 * login. MyHealth logs its users in itself; here a login token is signed with the sandbox IdP's
 * key for the persona picked, as `npm run sandbox:token` does. Every profile switch after that
 * goes through the sandbox IdP's real token exchange, from the host page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { signPersonaToken } from '../sandbox/personaToken';
import { findPersona, PERSONAS } from '../sandbox/personas';

const PORT = Number(process.env.MODULE_HOST_PORT ?? 5174);
const HOST_FILES = resolve('module/host');
const MODULE_FILES = resolve('dist-module');
const ZONE_JS = resolve('node_modules/zone.js/bundles/zone.umd.js');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** The spec version this host speaks: the installed integration library's (guideline 07). */
const hostSpec = (JSON.parse(readFileSync('node_modules/@smals-belgium/myhealth-wc-integration/package.json', 'utf8')) as { version: string }).version;

/** Whom each persona may pick in the host's profile switcher: themselves, their children, their mandators. */
const nameOf = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;
const people = PERSONAS.map((persona) => ({
  login: persona.login,
  name: nameOf(persona),
  profiles: [{ sub: null, name: nameOf(persona) }, ...[...persona.children, ...persona.mandators].map((person) => ({ sub: person.sub, name: nameOf(person) }))],
}));

async function loginToken(login: string): Promise<string | undefined> {
  const persona = findPersona(login);
  if (!persona) return undefined;
  return signPersonaToken(persona, { kind: 'login' }, 'openid profile');
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function sendFile(res: ServerResponse, folder: string, path: string): void {
  const file = normalize(join(folder, path));
  if (!file.startsWith(folder)) return send(res, 404, 'not found');
  try {
    send(res, 200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  } catch {
    send(res, 404, folder === MODULE_FILES ? 'not built: run npm run build:module' : 'not found');
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://localhost:${PORT}`);
  const path = url.pathname;
  if (path === '/' || path === '/index.html') {
    let page = readFileSync(join(HOST_FILES, 'index.html'), 'utf8').replace('__HOST_SPEC__', hostSpec);
    // ?zone=off: the same host without Zone.js, to show the module never needs it.
    if (url.searchParams.get('zone') === 'off') page = page.replace(/\s*<script src="\/zone.js" data-zone><\/script>/, '');
    return send(res, 200, page, TYPES['.html']);
  }
  if (path === '/zone.js') return sendFile(res, '/', ZONE_JS);
  if (path.startsWith('/module/')) return sendFile(res, MODULE_FILES, path.slice('/module/'.length));
  if (path === '/host/people') return send(res, 200, JSON.stringify(people), TYPES['.json']);
  if (path === '/host/login' && req.method === 'POST') {
    void loginToken(url.searchParams.get('login') ?? '').then(
      (token) => (token ? send(res, 200, JSON.stringify({ token }), TYPES['.json']) : send(res, 404, 'no such persona')),
      (error: unknown) => send(res, 500, String(error)),
    );
    return;
  }
  return sendFile(res, HOST_FILES, path);
});

server.listen(PORT, 'localhost', () =>
  console.log(`[module host] http://localhost:${PORT}  (the module from dist-module/, the sandbox's IdP for the exchange)`),
);
const stop = () => server.close(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
