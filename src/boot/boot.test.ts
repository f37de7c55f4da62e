import { afterEach, describe, expect, it } from 'vitest';
import { initialLanguage } from '../i18n/locales';
import { de } from '../i18n/messages/de';
import { en } from '../i18n/messages/en';
import { fr } from '../i18n/messages/fr';
import { nl } from '../i18n/messages/nl';
import { renderAppShell } from './appShell';
import bootScript from './boot.js?raw';

function boot({ path = '/', saved, browser = ['en-US'], session = false }: { path?: string; saved?: string; browser?: string[]; session?: boolean }) {
  window.history.replaceState(null, '', path);
  if (saved) localStorage.setItem('te.language', saved);
  if (session) sessionStorage.setItem('oidc.user:http://localhost:8082:client', '{}');
  Object.defineProperty(navigator, 'languages', { value: browser, configurable: true });
  new Function(bootScript)();
  return { lang: document.documentElement.lang, shell: document.documentElement.getAttribute('data-shell') };
}

afterEach(() => {
  document.documentElement.removeAttribute('data-shell');
  document.documentElement.lang = '';
});

describe('boot.js, the script before the first paint', () => {
  it.each([
    { saved: 'fr', browser: ['de-BE'] },
    { saved: 'xx', browser: ['de-BE', 'fr'] },
    { browser: ['pt-BR', 'EN-gb'] },
    { browser: ['pt-BR'] },
    { browser: [] },
  ])('picks the language the app will use: %o', (setting) => {
    const { lang } = boot(setting);
    expect(lang).toBe(initialLanguage());
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
});

describe('the static first paint', () => {
  const shell = renderAppShell({ nl, fr, de, en });

  it('carries the login page in every language, as text', () => {
    for (const catalogue of [nl, fr, de, en]) {
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
