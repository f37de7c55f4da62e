// src/boot/boot.js is inlined into index.html, minified (src/boot/vitePlugin.ts): no request
// blocks the first paint, and the CSP allows exactly this script by its hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifySync } from 'vite';

/**
 * boot.js's text as index.html carries it, byte for byte: minified by the minifier that builds the
 * app's scripts (Oxc, through Vite), which takes a fifth off the first screen's inline script.
 */
export function inlineBootScript(source) {
  const { code, errors } = minifySync('boot.js', source);
  if (errors.length > 0) throw new Error(`boot.js: ${errors.map((error) => error.message).join('; ')}`);
  return code.trim();
}

export function bootScript() {
  return inlineBootScript(readFileSync(new URL('../src/boot/boot.js', import.meta.url), 'utf8'));
}

/** Its CSP source expression ('sha256-…'), as browsers compute it over the script's text. */
export function bootScriptHash() {
  return `'sha256-${createHash('sha256').update(bootScript(), 'utf8').digest('base64')}'`;
}
