// src/boot/boot.js is inlined into index.html, less its comment lines (src/boot/vitePlugin.ts):
// no request blocks the first paint, and the CSP allows exactly this script by its hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** boot.js's text as index.html carries it, byte for byte: without its whole-line comments. */
export function inlineBootScript(source) {
  return source
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
}

export function bootScript() {
  return inlineBootScript(readFileSync(new URL('../src/boot/boot.js', import.meta.url), 'utf8'));
}

/** Its CSP source expression ('sha256-…'), as browsers compute it over the script's text. */
export function bootScriptHash() {
  return `'sha256-${createHash('sha256').update(bootScript(), 'utf8').digest('base64')}'`;
}
