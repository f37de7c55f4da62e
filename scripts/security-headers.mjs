// The production response headers, in one place: the static server and the nginx template use them.
import { bootScriptHash } from './boot-script.mjs';

/** Origins the app talks to, read from its runtime configuration. */
export function connectOrigins(config) {
  return [...new Set([config.apiBaseUrl, config.oidc.authority].map((url) => new URL(url).origin))];
}

export function contentSecurityPolicy(config) {
  return [
    "default-src 'self'",
    // The one inline script, boot.js, by its hash: no 'unsafe-inline'.
    `script-src 'self' ${bootScriptHash()}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectOrigins(config).join(' ')}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(config) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()',
  };
}

/** Hashed build assets may be cached for a year; the page and its configuration never. */
export function cacheControl(pathname) {
  if (pathname.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (pathname === '/config.json') return 'no-store';
  if (pathname === '/' || pathname.endsWith('.html')) return 'no-cache';
  return 'public, max-age=3600';
}
