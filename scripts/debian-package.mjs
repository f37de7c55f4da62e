// Finds a program a test needs, or installs its Debian package where we may (root, apt-get
// present), or says in one line what to install and stops. Used for Chromium and nginx: their own
// downloads do not work on these machines, Debian's packages do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * @param {{ label: string, packageName: string, find: () => string | undefined, hint: string }} wanted
 * @returns {string} the program's path (the process exits when there is none)
 */
export function findOrInstall({ label, packageName, find, hint }) {
  let found = find();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!found && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`[${label}] not found: installing the Debian package "${packageName}"…`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', packageName], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      // Reported below.
    }
    found = find();
  }
  if (!found) {
    console.error(`[${label}] ${hint}`);
    process.exit(1);
  }
  return found;
}
