#!/usr/bin/env node
// Finds a Chromium for Playwright: CHROME_PATH, then /usr/bin/chromium. Where none is found and we
// run as root on Debian, installs the Debian package; otherwise says in one line what to install.
// (Playwright's own browser download cannot work on these machines.)
import { existsSync } from 'node:fs';
import { findOrInstall } from './debian-package.mjs';

export function findChromium() {
  for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const found = findOrInstall({
    label: 'e2e',
    packageName: 'chromium',
    find: findChromium,
    hint: 'No Chromium found. Install it (Debian: "sudo apt-get install chromium") or set CHROME_PATH to a Chromium or Chrome binary.',
  });
  console.log(`[e2e] using ${found}`);
}
