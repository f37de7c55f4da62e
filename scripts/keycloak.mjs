#!/usr/bin/env node
/**
 * `node scripts/keycloak.mjs`: a real Keycloak 26.7 on :8082 as I.AM Connect's stand-in (I.AM
 * Connect is Keycloak), with the realm `healthcare` imported from sandbox/keycloak/healthcare-realm.json
 * and the fine-grained permissions of sandbox/keycloak/permissions.ts set after start. The
 * distribution comes from Maven Central through `mvn dependency:copy`, into node_modules/.cache;
 * it runs on the first Java ≥ 21 found (JAVA_HOME, then /usr/lib/jvm/*). Each start begins with a
 * fresh dev database, so the realm file is the whole truth. Fails with one line when something
 * is missing: it never falls back to the sandbox's own identity provider.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const KEYCLOAK_VERSION = '26.7.3';
export const KEYCLOAK_PORT = Number(process.env.KEYCLOAK_PORT ?? 8082);
export const REALM_URL = `http://localhost:${KEYCLOAK_PORT}/auth/realms/healthcare`;
/** The legacy (V1) token exchange, which alone has impersonation, needs fine-grained admin permissions V1. */
export const FEATURES = 'token-exchange,admin-fine-grained-authz:v1';

const root = resolve(import.meta.dirname, '..');
const cacheDir = join(root, 'node_modules/.cache/keycloak');
const distDir = join(cacheDir, `keycloak-${KEYCLOAK_VERSION}`);
const realmFile = join(root, 'sandbox/keycloak/healthcare-realm.json');

class Missing extends Error {}

/** The major version `java -version` reports, or 0. */
function javaMajor(javaBin) {
  const run = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stderr ?? ''}${run.stdout ?? ''}`);
  if (!match) return 0;
  // Java 8 and older say "1.8".
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/** JAVA_HOME when it is 21 or newer, else the newest JDK under /usr/lib/jvm that is. */
export function findJava() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(process.env.JAVA_HOME);
  const jvmDir = '/usr/lib/jvm';
  if (existsSync(jvmDir)) candidates.push(...readdirSync(jvmDir).map((name) => join(jvmDir, name)));
  const found = candidates
    .map((home) => ({ home, bin: join(home, 'bin/java') }))
    .filter(({ bin }) => existsSync(bin))
    .map((jdk) => ({ ...jdk, major: javaMajor(jdk.bin) }))
    .filter(({ major }) => major >= 21);
  if (found.length === 0) throw new Missing('no Java 21 or newer (Keycloak 26.7 needs one): set JAVA_HOME or install a JDK under /usr/lib/jvm');
  const fromEnv = found.find(({ home }) => home === process.env.JAVA_HOME);
  return fromEnv ?? found.sort((a, b) => b.major - a.major)[0];
}

function unpack(zip, into, javaHome) {
  const unzip = spawnSync('unzip', ['-q', '-o', zip, '-d', into], { stdio: 'inherit' });
  if (unzip.error === undefined && unzip.status === 0) return;
  // No unzip on the machine: the JDK's own jar tool reads zips (it drops the execute bits).
  const jar = spawnSync(join(javaHome, 'bin/jar'), ['xf', zip], { cwd: into, stdio: 'inherit' });
  if (jar.status !== 0) throw new Missing(`could not unpack ${zip}`);
  for (const script of readdirSync(join(distDir, 'bin')).filter((name) => name.endsWith('.sh'))) chmodSync(join(distDir, 'bin', script), 0o755);
}

/** The unpacked distribution, fetched with Maven the first time. */
export function ensureDistribution(javaHome) {
  if (existsSync(join(distDir, 'bin/kc.sh'))) return distDir;
  mkdirSync(cacheDir, { recursive: true });
  const zip = join(cacheDir, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);
  if (!existsSync(zip)) {
    const artifact = `org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`;
    console.log(`[keycloak] fetching ${artifact} with Maven (about 170 MB, once)…`);
    // Maven runs on the machine's own Java (it warns on 25); only Keycloak needs the newer one.
    const mvn = spawnSync('mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=${artifact}`, `-DoutputDirectory=${cacheDir}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (mvn.error) throw new Missing('Maven (mvn) is not installed: it fetches the Keycloak distribution from Maven Central');
    if (mvn.status !== 0 || !existsSync(zip)) throw new Missing(`Maven could not fetch ${artifact} (see its output above)`);
  }
  unpack(zip, cacheDir, javaHome);
  if (!existsSync(join(distDir, 'bin/kc.sh'))) throw new Missing(`${zip} holds no keycloak-${KEYCLOAK_VERSION}/bin/kc.sh`);
  return distDir;
}

/** A fresh dev database and the realm file in data/import, so each start imports exactly that file. */
function prepareData(dist) {
  if (!existsSync(realmFile)) throw new Missing(`${realmFile} is missing: run npm run keycloak:realm`);
  rmSync(join(dist, 'data'), { recursive: true, force: true });
  mkdirSync(join(dist, 'data/import'), { recursive: true });
  copyFileSync(realmFile, join(dist, 'data/import/healthcare-realm.json'));
}

async function portFree(port) {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const server = createServer()
      .once('error', () => resolvePort(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

function residentMiB(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.replace(/\D/g, '')) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** The Java process kc.sh started (its child), for the memory reading. */
function javaPid(shellPid) {
  const run = spawnSync('pgrep', ['-P', String(shellPid)], { encoding: 'utf8' });
  return Number(run.stdout?.trim().split('\n')[0]) || shellPid;
}

async function waitForRealm(child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Missing(`Keycloak stopped during start (exit ${child.exitCode}; see its log above)`);
    try {
      const response = await fetch(`${REALM_URL}/.well-known/openid-configuration`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Missing(`Keycloak did not serve ${REALM_URL} within ${timeoutMs / 1000} s`);
}

export async function startKeycloak({ quiet = false } = {}) {
  const java = findJava();
  const dist = ensureDistribution(java.home);
  prepareData(dist);
  if (!(await portFree(KEYCLOAK_PORT))) throw new Missing(`port ${KEYCLOAK_PORT} is already in use (the sandbox's identity provider?)`);
  const started = Date.now();
  const child = spawn(
    join(dist, 'bin/kc.sh'),
    [
      'start-dev',
      `--http-port=${KEYCLOAK_PORT}`,
      '--http-host=127.0.0.1',
      '--http-relative-path=/auth',
      '--import-realm',
      `--features=${FEATURES}`,
      // The admin console's own realm is not needed for the app; the sandbox's admin exists only on loopback.
      '--log-level=warn',
    ],
    {
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
      env: {
        ...process.env,
        JAVA_HOME: java.home,
        JAVA: java.bin,
        // Five sessions share this machine: a bounded heap instead of Keycloak's 70 % of RAM.
        JAVA_OPTS_KC_HEAP: process.env.JAVA_OPTS_KC_HEAP ?? '-Xms128m -Xmx768m',
        KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
        KC_BOOTSTRAP_ADMIN_PASSWORD: 'admin',
      },
      detached: false,
    },
  );
  try {
    await waitForRealm(child, 180_000);
    // Run by tsx (package.json), so the TypeScript step imports as it is.
    const { setPermissions } = await import('../sandbox/keycloak/permissions.ts');
    await setPermissions(`http://localhost:${KEYCLOAK_PORT}/auth`);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`[keycloak] ${REALM_URL} ready in ${seconds} s on Java ${java.major} (RSS ${residentMiB(javaPid(child.pid)) ?? '?'} MiB)`);
  return { child, seconds, java, rssMiB: () => residentMiB(javaPid(child.pid)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startKeycloak().then(
    ({ child }) => {
      const stop = () => child.kill('SIGTERM');
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      child.on('exit', (code) => process.exit(code ?? 0));
    },
    (error) => {
      console.error(`[keycloak] ${error instanceof Missing ? error.message : error instanceof Error ? error.stack : String(error)}`);
      process.exit(1);
    },
  );
}
