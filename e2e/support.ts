import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type Request } from '@playwright/test';

export const API = 'http://localhost:8081';
export const API_BASE = `${API}/therapeuticExclusion/v2`;

export const PEOPLE = {
  anna: { ssin: '85071412330', name: 'Anna Peeters' },
  marc: { ssin: '79030204523', name: 'Marc Dubois' },
  lina: { ssin: '15061023446', name: 'Lina Dubois' },
  tom: { ssin: '18113056784', name: 'Tom Dubois' },
  sofie: { ssin: '90012578967', name: 'Sofie Janssens' },
  georges: { ssin: '40090911137', name: 'Georges Lambert' },
  maria: { ssin: '42040422283', name: 'Maria Lambert' },
} as const;

export const IDP = 'http://localhost:8082';

/** The header the sandbox's test controls require (sandbox/controls.ts). */
const CONTROL = { 'X-Sandbox-Control': '1' };

export async function resetSandbox(page: Page): Promise<void> {
  const response = await page.request.post(`${API}/__sandbox/reset`, { headers: CONTROL });
  expect(response.status()).toBe(204);
  await setTokenLifetime(page, 300);
  await setExchangeSubject(page, 'sub');
}

/** How the sandbox IdP's token exchange names the person to act for (the may_act entry's sub, or the SSIN). */
export async function setExchangeSubject(page: Page, by: 'sub' | 'ssin'): Promise<void> {
  const response = await page.request.post(`${IDP}/__sandbox/exchange-subject?by=${by}`, { headers: CONTROL });
  expect(response.status()).toBe(204);
}

/** Access tokens issued from now on live this many seconds. */
export async function setTokenLifetime(page: Page, seconds: number): Promise<void> {
  const response = await page.request.post(`${IDP}/__sandbox/token-ttl?seconds=${seconds}`, { headers: CONTROL });
  expect(response.status()).toBe(204);
}

export async function injectFault(
  page: Page,
  fault: { kind: 'slow' | 'error' | 'drop' | 'malformed' | 'unauthorized'; count?: number; delayMs?: number; method?: string; path?: string },
): Promise<void> {
  const response = await page.request.post(`${API}/__sandbox/faults`, { data: fault, headers: CONTROL });
  expect(response.status()).toBe(204);
}

/**
 * Logs in through the sandbox identity provider's own page, from wherever the app shows its login
 * button. The personas' tokens carry four different languages (`locale`); unless a test is about
 * that, the user keeps the language the page showed them, as if they had picked it (a choice wins).
 */
export async function login(page: Page, persona: string, startAt = '/', options: { keepTokenLanguage?: boolean } = {}): Promise<void> {
  await page.goto(startAt);
  if (!options.keepTokenLanguage) {
    await page.evaluate(() => localStorage.getItem('te.language') ?? localStorage.setItem('te.language', document.documentElement.lang));
  }
  await page.getByRole('button', { name: /^(Log in|Aanmelden|Se connecter|Anmelden)$/ }).click();
  await page.getByRole('button', { name: new RegExp(`\\(${persona}\\)`) }).click();
  await page.waitForURL((url) => url.origin !== IDP && !url.pathname.startsWith('/auth/callback'));
}

/** Every request the page sends to the API, kept for assertions on what went over the wire. */
export function recordApiRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(API_BASE) && request.method() !== 'OPTIONS') requests.push(request);
  });
  return requests;
}

export async function expectNoAxeViolations(page: Page, context?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${context ?? ''} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Picks a profession in the declare form's combobox by typing and clicking the option. */
export async function chooseProfession(page: Page, search: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Profession' }).fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}
