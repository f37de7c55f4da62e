#!/usr/bin/env node
// Debian 12 ships two Chromiums: `bookworm` (150) and `bookworm-security` (156, what apt installs).
// Patients run both, so the production build's e2e project and the module's specs run once more on the one that is not
// installed: its packages are fetched with `apt-get download` and unpacked under node_modules/.cache
// (no root needed once apt's lists are there). Where that cannot be done, CI fails with one line
// saying why; a developer's machine is told and skips it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './ensure-chromium.mjs';

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

function giveUp(reason) {
  const line = `[e2e] Debian's other Chromium: ${reason}`;
  if (process.env.CI) {
    console.error(`${line}. CI runs the suite on both of Debian 12's Chromiums.`);
    process.exit(1);
  }
  console.warn(`${line}; skipped here (CI runs it).`);
  process.exit(0);
}

/** The versions apt knows for a package, with the suite each comes from. */
function aptVersions() {
  const read = () => run('apt-cache', ['madison', 'chromium']).trim().split('\n').filter(Boolean);
  let lines = [];
  try {
    lines = read();
    if (lines.length < 2 && process.getuid?.() === 0) {
      run('apt-get', ['update', '-qq']);
      lines = read();
    }
  } catch {
    giveUp('apt-cache is not available (not Debian?)');
  }
  return lines.map((line) => line.split('|').map((part) => part.trim())).map(([, version, source]) => ({ version, source }));
}

const installed = (() => {
  const binary = findChromium();
  try {
    return binary ? run(binary, ['--version']).match(/(\d+\.\d+\.\d+\.\d+)/)?.[1] : undefined;
  } catch {
    return undefined;
  }
})();

const other = aptVersions().find((v) => /\bbookworm(-security)?\/main\b/.test(v.source ?? '') && !v.version.startsWith(installed ?? '-'));
if (!other) giveUp(`apt lists no Debian 12 Chromium other than the installed ${installed ?? 'one'}`);

const folder = resolve('node_modules/.cache/debian-chromium', other.version);
const binary = join(folder, 'usr/lib/chromium/chromium');
if (!existsSync(binary)) {
  const downloads = mkdtempSync(join(tmpdir(), 'chromium-'));
  try {
    console.log(`[e2e] fetching Chromium ${other.version} (Debian 12) …`);
    run('apt-get', ['download', '-qq', `chromium=${other.version}`, `chromium-common=${other.version}`], { cwd: downloads });
    mkdirSync(folder, { recursive: true });
    for (const deb of readdirSync(downloads).filter((f) => f.endsWith('.deb'))) run('dpkg', ['-x', join(downloads, deb), folder]);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    giveUp(
      `could not fetch Chromium ${other.version} (${String(error.stderr ?? error.message)
        .trim()
        .split('\n')
        .pop()})`,
    );
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
}

// The production build, then the MyHealth module in its host (playwright.module.config.ts).
const runs = [
  { what: 'production build', args: ['--project=production'] },
  { what: 'MyHealth module', args: ['-c', 'playwright.module.config.ts'] },
];
for (const { what, args } of runs) {
  console.log(`[e2e] ${what} on Chromium ${other.version} (${binary})`);
  const result = spawnSync('npx', ['playwright', 'test', ...args, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: binary },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
