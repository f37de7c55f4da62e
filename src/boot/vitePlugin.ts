import type { Plugin, Rollup } from 'vite';
import { LANGUAGES } from '../domain/languages.ts';
import { bootScript } from '../../scripts/boot-script.mjs';
import { CATALOGUES } from '../i18n/allCatalogues.ts';
import { renderAppShell, withLanguageList, withLanguageRules } from './appShell.ts';

const PLACEHOLDER = '<!-- app-shell -->';
const MODULE_SCRIPT = '<script type="module"';

/** Each language's messages chunk on <html data-catalogue-xx>, for boot.js to fetch the user's early. */
function withCatalogueChunks(html: string, bundle: Rollup.OutputBundle): string {
  const attributes = Object.values(bundle).flatMap((chunk) => {
    const language = chunk.type === 'chunk' && chunk.facadeModuleId?.match(/\/src\/i18n\/messages\/([a-z]+)\.ts$/)?.[1];
    return language ? [` data-catalogue-${language}="/${chunk.fileName}"`] : [];
  });
  if (attributes.length !== LANGUAGES.length) throw new Error(`found ${attributes.length} message chunks for ${LANGUAGES.length} languages`);
  return html.replace('<html ', `<html${attributes.sort().join('')} `);
}

/** The lazy pages a reload can land on, by their name in boot.js's PAGES. */
const RELOADABLE_PAGES = { declare: '/src/features/declare/DeclarePage.tsx', history: '/src/features/history/HistoryPage.tsx' };

/** Each reloadable page's chunk and the chunks it imports (not the entry) on <html data-chunks-page>, for boot.js. */
export function withPageChunks(html: string, bundle: Rollup.OutputBundle): string {
  const chunks = Object.values(bundle).filter((chunk): chunk is Rollup.OutputChunk => chunk.type === 'chunk');
  const attributes = Object.entries(RELOADABLE_PAGES).map(([page, module]) => {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module));
    if (!chunk) throw new Error(`no chunk for ${module}`);
    const imports = chunk.imports.filter((file) => !chunks.find((candidate) => candidate.fileName === file)?.isEntry);
    return ` data-chunks-${page}="${[chunk.fileName, ...imports].map((file) => `/${file}`).join(' ')}"`;
  });
  return html.replace('<html ', `<html${attributes.join('')} `);
}

function withLowPriorityModules(html: string): string {
  if (!html.includes(MODULE_SCRIPT)) throw new Error('index.html lacks the app’s module script');
  return html.replaceAll(MODULE_SCRIPT, `${MODULE_SCRIPT} fetchpriority="low"`);
}

/**
 * Writes the static first paint into index.html with boot.js inline before it: nothing is fetched
 * before the first paint but the stylesheet. The CSP allows the script by its hash
 * (scripts/security-headers.mjs): the inline text is, byte for byte, what scripts/boot-script.mjs gives.
 */
export function appShellPlugin(): Plugin {
  return {
    name: 'app-shell',
    // The language list into the first paint's CSS, before Vite's CSS handling.
    transform: {
      order: 'pre',
      handler(code, id) {
        // `?direct` is the dev server's <link> stylesheet; `?raw` and such want the file as it is.
        const [path, query] = id.split('?');
        if (query && query !== 'direct') return undefined;
        if (path!.endsWith('/src/app/styles.css')) return withLanguageRules(code);
        return undefined;
      },
    },
    // After Vite's own HTML processing, which would refuse a classic script.
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!html.includes(PLACEHOLDER)) throw new Error(`index.html lacks ${PLACEHOLDER}`);
        const page = withLanguageList(html.replace(PLACEHOLDER, renderAppShell(CATALOGUES)));
        return {
          // The app's script is fetched at low priority in a build: the static page paints first
          // (the browser lets the stylesheet go ahead of it), and the app replaces it when it runs.
          html: context.server ? page : withPageChunks(withCatalogueChunks(withLowPriorityModules(page), context.bundle ?? {}), context.bundle ?? {}),
          // At the end of <head>: it runs before the body is parsed, so before the first paint.
          tags: [{ tag: 'script', children: bootScript(), injectTo: 'head' }],
        };
      },
    },
  };
}
