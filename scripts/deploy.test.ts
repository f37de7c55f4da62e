import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { appShellPlugin } from '../src/boot/vitePlugin';
import { LANGUAGES } from '../src/domain/languages';
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

  it('allow the one inline script, boot.js as index.html carries it, by its hash', async () => {
    const transform = appShellPlugin().transformIndexHtml as {
      handler: (html: string, context: IndexHtmlTransformContext) => ReturnType<IndexHtmlTransformHook>;
    };
    const html = '<!doctype html><html lang="nl"><head><script type="module" src="/assets/index.js"></script></head><body><!-- app-shell --></body></html>';
    const bundle = Object.fromEntries([
      ...LANGUAGES.map((l) => [l, { type: 'chunk', fileName: `assets/${l}-abc.js`, facadeModuleId: `/app/src/i18n/messages/${l}.ts`, imports: [] }]),
      ['index', { type: 'chunk', fileName: 'assets/index.js', facadeModuleId: '/app/index.html', isEntry: true, imports: [] }],
      ['formats', { type: 'chunk', fileName: 'assets/useFormats-f.js', imports: ['assets/index.js'] }],
      [
        'declare',
        {
          type: 'chunk',
          fileName: 'assets/DeclarePage-d.js',
          facadeModuleId: '/app/src/features/declare/DeclarePage.tsx',
          imports: ['assets/index.js', 'assets/useFormats-f.js'],
        },
      ],
      [
        'history',
        { type: 'chunk', fileName: 'assets/HistoryPage-h.js', facadeModuleId: '/app/src/features/history/HistoryPage.tsx', imports: ['assets/index.js'] },
      ],
    ]);
    const context = { server: undefined, bundle } as unknown as IndexHtmlTransformContext;
    const built = (await transform.handler(html, context)) as { html: string; tags: HtmlTagDescriptor[] };
    const inline = built.tags.filter((tag) => tag.tag === 'script' && !tag.attrs?.src);
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256').update(String(inline[0]!.children), 'utf8').digest('base64');
    expect(securityHeaders(production)['Content-Security-Policy']).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toContain(`'sha256-${hash}'`);
    // The app's script waits behind the first paint in a build.
    expect(built.html).toContain('<script type="module" fetchpriority="low" src="/assets/index.js">');
    // …and boot.js fetches the user's messages beside it.
    expect(built.html).toContain('data-catalogue-fr="/assets/fr-abc.js"');
    // …and, on a reload of the form or the history, that page's chunks, not the entry again.
    expect(built.html).toContain('data-chunks-declare="/assets/DeclarePage-d.js /assets/useFormats-f.js"');
    expect(built.html).toContain('data-chunks-history="/assets/HistoryPage-h.js"');
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
