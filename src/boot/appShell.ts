import type { Catalogue, CoreMessageKey } from '../i18n/catalogue';
import { LANGUAGE_LIST, LANGUAGES, type Language } from '../domain/languages.ts';

/**
 * The first paint, written into index.html at build time: the page the app is about to render
 * (header, the login panel, or the logged-in frame with a loading line; footer), in all four languages. boot.js picks the
 * language and the state before the first paint; the app replaces it all when it mounts.
 * It mirrors Layout and RequireSession's markup and classes, so nothing moves when it does
 * (e2e/shell.spec.ts compares the two). `inert`: nothing in it can be clicked or focused.
 * react-dom/server's prerender does not serve: it renders one language and needs the session and the
 * router, whereas this one page holds all four languages for boot.js to pick before the first paint.
 */
export function renderAppShell(catalogues: Record<Language, Catalogue>): string {
  const text = (key: CoreMessageKey) => LANGUAGES.map((l) => `<span data-lang="${l}">${escapeHtml(catalogues[l][key])}</span>`).join('');
  const pickers = LANGUAGES.map(
    (l) =>
      `<select data-lang="${l}" aria-hidden="true" tabindex="-1">${LANGUAGE_LIST.map((o) => `<option${o.code === l ? ' selected' : ''}>${escapeHtml(o.name)}</option>`).join('')}</select>`,
  ).join('');
  return [
    '<div class="app-shell" inert>',
    '<header class="site-header"><div class="site-header-inner">',
    `<p class="product-name"><a href="/">${text('app.name')}</a></p>`,
    `<span class="button header-toggle placeholder">${text('shell.tools')}</span>`,
    `<div class="header-tools"><div class="field-inline"><label>${text('shell.language')}</label>${pickers}</div>`,
    `<span class="button button-secondary placeholder shell-busy">${text('shell.logout')}</span></div>`,
    '</div>',
    '<nav class="site-nav shell-busy"><ul>',
    `<li><a href="/" data-page="exclusions">${text('shell.nav.exclusions')}</a></li>`,
    `<li><a href="/exclusions/new" data-page="declare">${text('shell.nav.declare')}</a></li>`,
    `<li><a href="/history" data-page="history">${text('shell.nav.history')}</a></li>`,
    '</ul></nav>',
    '</header>',
    `<div class="acting-for shell-busy"><span class="placeholder">${text('banner.self')}</span></div>`,
    '<main>',
    '<section class="login-panel shell-login">',
    `<h1 class="page-heading">${text('login.title')}</h1>`,
    `<p class="lead">${text('login.intro')}</p>`,
    `<p>${text('login.how')}</p>`,
    `<span class="button placeholder">${text('login.button')}</span>`,
    '</section>',
    `<p class="loading shell-busy"><span class="spinner"></span>${text('login.signingIn')}</p>`,
    '</main>',
    `<footer class="site-footer"><p>${text('shell.footer')}</p></footer>`,
    '</div>',
  ].join('');
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const HTML_TAG = /<html\b/;
const CSS_LANGUAGES = '/* first-paint language rules */';

/**
 * boot.js reads the language list (src/domain/languages.ts) from <html data-languages>: the script
 * itself stays as it is in the repository, so its CSP hash can be computed from the file.
 */
export function withLanguageList(html: string): string {
  if (!HTML_TAG.test(html)) throw new Error('index.html lacks <html>');
  return html.replace(HTML_TAG, `<html data-languages="${LANGUAGES.join(' ')}"`);
}

/** The first paint shows one language: the build writes a rule per language where styles.css asks for them. */
export function withLanguageRules(css: string): string {
  if (!css.includes(CSS_LANGUAGES)) throw new Error(`styles.css lacks ${CSS_LANGUAGES}`);
  const rules = LANGUAGES.map((l) => `html:not([lang='${l}']) .app-shell [data-lang='${l}']`).join(',\n');
  return css.replace(CSS_LANGUAGES, `${rules} { display: none; }`);
}
