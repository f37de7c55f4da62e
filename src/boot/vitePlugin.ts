import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from 'rolldown/utils';
import type { Plugin } from 'vite';
import { CATALOGUES } from '../i18n/allCatalogues.ts';
import { renderAppShell, withLanguageList, withLanguageRules } from './appShell.ts';

const BOOT_DEV_PATH = '/src/boot/boot.js';
const PLACEHOLDER = '<!-- app-shell -->';

/**
 * Writes the static first paint into index.html and, in a build, ships boot.js as a hashed asset
 * (a classic script: Vite bundles module scripts only), so it is cached like the rest.
 */
export function appShellPlugin(): Plugin {
  let building = false;
  let bootFile: string | null = null;
  return {
    name: 'app-shell',
    configResolved(config) {
      building = config.command === 'build' && !config.build.watch;
    },
    async buildStart() {
      if (!building) return;
      const source = (await minify('boot.js', withLanguageList(readFileSync(fileURLToPath(new URL('./boot.js', import.meta.url)), 'utf8')))).code;
      bootFile = `assets/boot-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.js`;
      this.emitFile({ type: 'asset', fileName: bootFile, source });
    },
    // The language list into boot.js (served as is in dev) and the first paint's CSS, before Vite's CSS handling.
    transform: {
      order: 'pre',
      handler(code, id) {
        // `?direct` is the dev server's <link> stylesheet; `?raw` and such want the file as it is.
        const [path, query] = id.split('?');
        if (query && query !== 'direct') return undefined;
        if (path!.endsWith('/src/boot/boot.js')) return withLanguageList(code);
        if (path!.endsWith('/src/app/styles.css')) return withLanguageRules(code);
        return undefined;
      },
    },
    // After Vite's own HTML processing, which would refuse a classic script.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(PLACEHOLDER)) throw new Error(`index.html lacks ${PLACEHOLDER}`);
        return {
          html: html.replace(PLACEHOLDER, renderAppShell(CATALOGUES)),
          // A blocking script at the end of <head>: it runs before the body is parsed, so before the first paint.
          tags: [{ tag: 'script', attrs: { src: bootFile ? `/${bootFile}` : BOOT_DEV_PATH }, injectTo: 'head' }],
        };
      },
    },
  };
}
