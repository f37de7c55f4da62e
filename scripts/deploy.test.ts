import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HSTS, nginxConfig } from './nginx-config.mjs';
import { cacheControl, securityHeaders } from './security-headers.mjs';

const production = JSON.parse(readFileSync('deploy/config.production.json', 'utf8'));

describe('production headers', () => {
  it('limit connections to the configured API and identity provider, with no unsafe sources', () => {
    const csp = securityHeaders(production)['Content-Security-Policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self' https://api.ehealth.fgov.be");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('cache hashed assets for a year, never the configuration or the page', () => {
    expect(cacheControl('/assets/index-abc123.js')).toMatch(/immutable/);
    expect(cacheControl('/config.json')).toBe('no-store');
    expect(cacheControl('/index.html')).toBe('no-cache');
  });

  it('deploy/nginx.conf is the generated one, with every header', () => {
    const committed = readFileSync('deploy/nginx.conf', 'utf8');
    expect(committed).toBe(nginxConfig(production));
    for (const [name, value] of Object.entries(securityHeaders(production))) expect(committed).toContain(`add_header ${name} "${value}" always;`);
    expect(committed).toMatch(/gzip_types [^;]*application\/javascript[^;]*;/);
  });

  it('nginx, where TLS ends, sends HSTS in every location and never serves a source map', () => {
    const committed = readFileSync('deploy/nginx.conf', 'utf8');
    const locations = committed.match(/location [^{]+\{[^}]*\}/g) ?? [];
    const withHeaders = locations.filter((l) => l.includes('add_header'));
    expect(withHeaders.length).toBeGreaterThan(3);
    for (const location of withHeaders) expect(location).toContain(`add_header Strict-Transport-Security "${HSTS}" always;`);
    expect(committed).toMatch(/location ~ \\\.map\$ \{\s*return 404;\s*\}/);
  });
});
