// src/boot/boot.js is inlined into index.html as it is in the repository (src/boot/vitePlugin.ts):
// no request blocks the first paint, and the CSP allows exactly this script by its hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const BOOT_JS = new URL('../src/boot/boot.js', import.meta.url);

/** The script index.html carries, byte for byte. */
export function bootScript() {
  return readFileSync(BOOT_JS, 'utf8');
}

/** Its CSP source expression ('sha256-…'), as browsers compute it over the script's text. */
export function bootScriptHash() {
  return `'sha256-${createHash('sha256').update(bootScript(), 'utf8').digest('base64')}'`;
}
