/** scripts/serve.mjs (npm run preview) against bad request paths: over real HTTP, and as a property. */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticPath } from './static-path.mjs';

const base = mkdtempSync(join(tmpdir(), 'serve-'));
const root = join(base, 'dist');
const port = 4300 + Math.floor(Math.random() * 500);
let server: ChildProcess;

/** A raw request target, sent as is (no client-side normalisation of `..` or `%2f`). */
const get = (path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: 'localhost', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

beforeAll(async () => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  copyFileSync('public/config.json', join(root, 'config.json'));
  mkdirSync(join(base, 'dist-sibling'));
  writeFileSync(join(base, 'dist-sibling', 'x'), 'SECRET');
  server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, DIST_DIR: root, PREVIEW_PORT: String(port) }, stdio: 'pipe' });
  await new Promise<void>((resolve) => server.stdout!.on('data', () => resolve()));
});
afterAll(() => {
  server.kill();
});

describe('npm run preview (scripts/serve.mjs)', () => {
  it('answers 400 to malformed percent-encoding, and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/%')).status).toBe(400);
    expect((await get('/assets/app.js')).status).toBe(200);
  });

  it('never serves a file outside dist/, not even from a folder whose name starts the same', async () => {
    const sibling = await get('/..%2fdist-sibling%2fx');
    expect(sibling.body).not.toContain('SECRET');
    expect(sibling.status).toBe(400);
    expect((await get('/%2e%2e/dist-sibling/x')).body).not.toContain('SECRET');
    expect((await get('/assets/%00.js')).status).toBe(400);
  });

  it('serves the page for app routes', async () => {
    expect(await get('/history?page=2')).toEqual({ status: 200, body: '<!doctype html><title>app</title>' });
  });
});

describe('resolveStaticPath', () => {
  it('never throws and never names a file outside the root, whatever the path', () => {
    const anyPath = fc
      .array(
        fc.oneof(fc.constantFrom('..', '.', '%2e', '%2f', '%2F', '%5c', '%', '%E0%A4%A', '%00', '//', 'dist-sibling', 'x'), fc.string({ unit: 'binary' })),
        { maxLength: 8 },
      )
      .map((parts) => `/${parts.join('/')}`);
    fc.assert(
      fc.property(anyPath, (path) => {
        const target = resolveStaticPath(root, path, () => true);
        if (target.status === 200) expect(target.file === root || target.file.startsWith(root + sep)).toBe(true);
        else expect([400, 404]).toContain(target.status);
      }),
      { numRuns: 2000 },
    );
  });
});
