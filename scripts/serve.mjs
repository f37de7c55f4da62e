#!/usr/bin/env node
// `npm run preview`: serves the production build (dist/) with the production headers, as nginx
// does in deploy/. Unknown paths fall back to index.html (the app's router decides).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cacheControl, securityHeaders } from './security-headers.mjs';
import { resolveStaticPath } from './static-path.mjs';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PREVIEW_PORT ?? 4173);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`[serve] ${root}/index.html not found: run "npm run build" first.`);
  process.exit(1);
}
const config = JSON.parse(readFileSync(join(root, 'config.json'), 'utf8'));
const headers = securityHeaders(config);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map', '.txt']);
const compressed = new Map();

/** Brotli or gzip, as the browser accepts (as nginx's gzip does); kept per file and version. */
function encode(file, acceptEncoding) {
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding || !COMPRESSIBLE.has(extname(file))) return null;
  const key = `${encoding} ${file} ${statSync(file).mtimeMs}`;
  if (!compressed.has(key)) {
    const body = readFileSync(file);
    compressed.set(key, encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(body, { level: 9 }));
  }
  return { encoding, body: compressed.get(key) };
}

const isFile = (file) => existsSync(file) && statSync(file).isFile();

const server = createServer((req, res) => {
  const target = resolveStaticPath(root, req.url ?? '/', isFile);
  if (target.status !== 200) {
    res
      .writeHead(target.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      .end(target.status === 400 ? 'Bad request' : 'Not found');
    return;
  }
  const { file, served } = target;
  const type = {
    ...headers,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(served),
    Vary: 'Accept-Encoding',
  };
  const encoded = encode(file, String(req.headers['accept-encoding'] ?? ''));
  if (encoded) {
    res.writeHead(200, { ...type, 'Content-Encoding': encoded.encoding, 'Content-Length': encoded.body.length });
    res.end(req.method === 'HEAD' ? undefined : encoded.body);
    return;
  }
  res.writeHead(200, type);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});
server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `[serve] port ${port} is already in use (set PREVIEW_PORT)` : `[serve] ${error.message}`);
  process.exit(1);
});
server.listen(port, 'localhost', () => console.log(`[serve] production build on http://localhost:${port}`));
