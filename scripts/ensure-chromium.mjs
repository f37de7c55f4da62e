#!/usr/bin/env node
// Finds a Chromium for Playwright: CHROME_PATH, then /usr/bin/chromium. Where none is found and we
// run as root on Debian, installs the Debian package; otherwise says in one line what to install.
// (Playwright's own browser download cannot work on these machines.)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  let found = findChromium();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!found && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[e2e] Chromium not found: installing the Debian package "chromium"…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      // Reported below.
    }
    found = findChromium();
  }
  if (!found) {
    console.error('[e2e] No Chromium found. Install it (Debian: "sudo apt-get install chromium") or set CHROME_PATH to a Chromium or Chrome binary.');
    process.exit(1);
  }
  console.log(`[e2e] using ${found}`);
}
