import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage } from '../i18n/locales';
import { CATALOGUES } from '../i18n/allCatalogues';
import { LANGUAGES } from '../domain/languages';
import { renderAppShell, withLanguageList, withLanguageRules } from './appShell';
import { inlineBootScript } from '../../scripts/boot-script.mjs';
import bootSource from './boot.js?raw';

function boot({
  path = '/',
  saved,
  token,
  browser = ['en-US'],
  session = false,
}: {
  path?: string;
  saved?: string;
  token?: string;
  browser?: string[];
  session?: boolean;
}) {
  window.history.replaceState(null, '', path);
  if (saved) localStorage.setItem('te.language', saved);
  if (token) sessionStorage.setItem('te.tokenLanguage', token);
  if (session) sessionStorage.setItem('oidc.user:http://localhost:8082:client', '{}');
  Object.defineProperty(navigator, 'languages', { value: browser, configurable: true });
  // As index.html carries it: the language list on <html>, the script as the build inlines it.
  document.documentElement.setAttribute('data-languages', LANGUAGES.join(' '));
  new Function(inlineBootScript(bootSource))();
  return { lang: document.documentElement.lang, shell: document.documentElement.getAttribute('data-shell') };
}

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.removeAttribute('data-shell');
  document.documentElement.removeAttribute('data-languages');
  document.documentElement.lang = '';
});

describe('boot.js, the script before the first paint', () => {
  it.each([
    { saved: 'fr', browser: ['de-BE'], expected: 'fr' },
    { saved: 'xx', browser: ['de-BE', 'fr'], expected: 'de' },
    { saved: 'nl', token: 'fr', browser: ['de-BE'], expected: 'nl' },
    { token: 'de', browser: ['fr-BE'], expected: 'de' },
    { token: 'xx', browser: ['fr-BE'], expected: 'fr' },
    { browser: ['pt-BR', 'EN-gb'], expected: 'en' },
    { browser: ['pt-BR'], expected: 'nl' },
    { browser: [], expected: 'nl' },
  ])("picks the language the app will use (the choice, the token's, the browser's, Dutch): %o", ({ expected, ...setting }) => {
    const { lang } = boot(setting);
    expect(lang).toBe(expected);
    expect(initialLanguage()).toBe(expected);
  });

  it('shows the login panel on a page that needs a session when there is none', () => {
    expect(boot({ path: '/history' }).shell).toBe('login');
  });

  it('shows a loading line when a session is stored, and on the login callback', () => {
    expect(boot({ path: '/', session: true }).shell).toBe('busy');
    sessionStorage.clear();
    expect(boot({ path: '/auth/callback' }).shell).toBe('busy');
  });

  it('shows neither on other addresses (the app answers "not found")', () => {
    expect(boot({ path: '/no/such/page' }).shell).toBe('none');
  });

  it("fetches the page's code beside the app's on a reload of the history or the form in a session, and not without one", () => {
    const preloaded = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
    document.documentElement.setAttribute('data-chunks-history', '/assets/HistoryPage-a.js /assets/useFormats-b.js');
    document.documentElement.setAttribute('data-chunks-declare', '/assets/DeclarePage-c.js');
    try {
      boot({ path: '/history', session: true });
      expect(preloaded()).toEqual(['/assets/HistoryPage-a.js', '/assets/useFormats-b.js']);
      document.head.querySelectorAll('link').forEach((link) => link.remove());
      sessionStorage.clear();
      boot({ path: '/exclusions/new' });
      expect(preloaded()).toEqual([]);
    } finally {
      document.documentElement.removeAttribute('data-chunks-history');
      document.documentElement.removeAttribute('data-chunks-declare');
      document.head.querySelectorAll('link').forEach((link) => link.remove());
    }
  });
});

describe('the static first paint', () => {
  const shell = renderAppShell(CATALOGUES);

  it('carries the login page in every language, as text', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      expect(shell).toContain(`>${catalogue['login.title']}</span>`);
      expect(shell).toContain(catalogue['app.name']);
    }
    expect(shell).toContain('d’une personne');
    expect(shell).not.toMatch(/<script/);
  });

  it('cannot be used: nothing in it is focusable or clickable', () => {
    expect(shell).toMatch(/^<div class="app-shell" inert>/);
  });
});

describe('the language list, written in by the build', () => {
  it("gives boot.js (through <html>) and the first paint's CSS every language of src/domain/languages.ts", () => {
    expect(withLanguageList('<!doctype html>\n<html lang="nl">')).toBe(`<!doctype html>\n<html data-languages="${LANGUAGES.join(' ')}" lang="nl">`);
    expect(() => withLanguageList('<p>')).toThrow(/lacks/);
    const css = withLanguageRules('a {}\n/* first-paint language rules */\nb {}');
    for (const language of LANGUAGES) expect(css).toContain(`html:not([lang='${language}']) .app-shell [data-lang='${language}']`);
    expect(() => withLanguageRules('a {}')).toThrow(/lacks/);
  });
});
