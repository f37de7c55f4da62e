// The pages the bench builds beside the app: the baseline (an empty Vite + React page) and the
// libraries-only page (the product's libraries used as the app uses them, no app code), and the
// gzip sizes of what a page loads.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { ROOT, WORK } from './common.mjs';

/**
 * Builds a Vite + React page from `files` (src/… sources, main.jsx its entry) into WORK/name/dist,
 * with the app's config.json beside it (scripts/serve.mjs reads it for its headers), and returns
 * that dist/ and its Vite manifest.
 */
async function buildPage(name, title, files) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  // The viewport as the app's: Lighthouse's phone would lay a page without it out at 980 px.
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>`,
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'src', file), text);
  const outDir = join(dir, 'dist');
  await build({ root: dir, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, target: 'es2022', manifest: true } });
  copyFileSync('public/config.json', join(outDir, 'config.json'));
  return { dist: outDir, manifest: JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) };
}

/** The baseline: an empty Vite + React page built the same way as the app. Returns its dist/. */
export async function buildBaseline() {
  const main =
    "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<StrictMode><main><h1>Baseline</h1><p>An empty Vite + React page.</p></main></StrictMode>);\n";
  return (await buildPage('baseline', 'Baseline', { 'main.jsx': main })).dist;
}

// The packages the product is built on (the design card's: react, react-router, TanStack Query,
// oidc-client-ts with react-oidc-context, zod, react-hook-form), used as the app uses them, and
// nothing else: the floor under the first screen's JS whatever the app's own code does. zod with
// the kinds the app's first screen uses (its config and claims schemas); react-hook-form with
// zodResolver in a lazy route, as the declare form, so not on this first screen either.
const LIBRARIES_ONLY = `import { lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Routes, Route, Link, useLocation } from 'react-router';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { QueryClient, QueryClientProvider, useQuery, useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
const text = () => z.string().check(z.minLength(1, 'empty'));
const Config = z.object({
  environment: z.enum(['sandbox', 'production'], { error: 'one of' }),
  apiBaseUrl: z.url({ protocol: /^https?$/ }),
  fromAddress: z.email(),
  apiTimeoutMs: z._default(z.int().check(z.minimum(1000), z.maximum(120000)), 20000),
  names: z._default(z.record(z.string(), z.union([text(), z.partialRecord(z.enum(['nl', 'en']), text())])), {}),
  scope: text().check(z.regex(/^[a-z]+$/), z.refine((s) => s !== 'x')),
  roles: z.optional(z.record(z.string(), z.object({ roles: z.optional(z.array(z.string())) }))),
});
const Wire = z.array(z.object({ id: z.string(), name: z.nullish(z.string()), start: z.optional(z.string()), n: z.number() }));
const Form = lazy(() => import('./form.jsx'));
const userManager = new UserManager({ authority: 'http://localhost:8082', client_id: 'c', redirect_uri: 'http://localhost:4173/', userStore: new WebStorageStateStore({ store: sessionStorage }) });
function List() {
  const auth = useAuth();
  const location = useLocation();
  const mutation = useMutation({ mutationFn: async () => 1 });
  const config = useQuery({ queryKey: ['c'], queryFn: async () => Config.parse(await (await fetch('/config.json')).json()) });
  const query = useQuery({ queryKey: ['x'], queryFn: async () => Wire.parse(await (await fetch('/x', { headers: { Authorization: auth.user?.access_token ?? '' } })).json()) });
  return <div onClick={() => mutation.mutate()}>{location.pathname}{config.data?.environment}{query.data?.map((x) => <p key={x.id}>{x.name}</p>)}<button onClick={() => auth.signinRedirect()}>Log in</button><Link to="/a">a</Link></div>;
}
createRoot(document.getElementById('root')).render(<AuthProvider userManager={userManager}><QueryClientProvider client={new QueryClient()}><BrowserRouter><Suspense><Routes><Route path="/form" element={<Form />} /><Route path="*" element={<List />} /></Routes></Suspense></BrowserRouter></QueryClientProvider></AuthProvider>);
`;
const LIBRARIES_ONLY_FORM = `import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
const schema = z.object({ kind: z.enum(['a', 'b']), number: z.string().check(z.refine((s) => /^\\d{11}$/.test(s), 'digits')) });
export default function Form() {
  const { register, handleSubmit, setError, formState } = useForm({ resolver: zodResolver(schema), defaultValues: { kind: 'a', number: '' }, reValidateMode: 'onChange', shouldFocusError: false });
  const onValid = () => setError('number', { type: 'server', message: 'VAL006' });
  return <form onSubmit={handleSubmit(onValid)}><input type="radio" value="a" {...register('kind')} /><input {...register('number')} /><p>{formState.errors.number?.message}</p><button>Send</button></form>;
}
`;

/**
 * Builds the libraries-only page (served for Lighthouse from its dist/, with the app's config.json)
 * and returns that dist/ and the gzip bytes of its first screen: its entry and what the entry
 * imports statically (not its lazy route).
 */
export async function buildLibrariesOnly() {
  const { dist, manifest } = await buildPage('libraries-only', 'Libraries', { 'main.jsx': LIBRARIES_ONLY, 'form.jsx': LIBRARIES_ONLY_FORM });
  const firstScreen = new Set();
  const visit = (key) => {
    const entry = manifest[key];
    if (firstScreen.has(entry.file)) return;
    firstScreen.add(entry.file);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  const gzip = [...firstScreen].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { dist, gzip };
}

/** gzip bytes of every script and stylesheet the page loaded from its own origin. */
export function chunkSizes(distDir, urls) {
  return urls
    .filter((u) => /\.(js|css)$/.test(new URL(u).pathname))
    .map((u) => {
      const path = new URL(u).pathname;
      return { chunk: path.replace(/^\/assets\//, ''), gzip: gzipSync(readFileSync(join(distDir, path))).length };
    });
}

/** gzip bytes of the lazy page chunks, by page. */
export function lazyChunks() {
  const assets = join(ROOT, 'dist/assets');
  const size = (prefix) => {
    const file = readdirSync(assets).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
    return file ? gzipSync(readFileSync(join(assets, file))).length : 0;
  };
  return { declare: size('DeclarePage'), history: size('HistoryPage'), about: size('AboutExclusionsPage') };
}
