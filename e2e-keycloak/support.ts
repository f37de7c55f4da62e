import { expect, type Page, type Request } from '@playwright/test';
import { API } from '../e2e/support';

export const REALM = 'http://localhost:8082/auth/realms/healthcare';
export const OIDC = `${REALM}/protocol/openid-connect`;
export const APP = 'http://localhost:4173';
export const SPA_CLIENT = 'myhealth-exclusions-sandbox';
export const BACKEND = 'ehealth-exclusion-backend';
export const SUB = {
  marc: '7a1b9c3d-2e4f-4a6b-8c0d-5e7f9a1b3c72',
  lina: '51a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f5',
  maria: '84d5e6f7-0819-42a3-b425-d6e7f8091a28',
};

export const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

/** The sandbox API's data back to its seed (Keycloak keeps no test state but its sessions). */
export async function resetApi(page: Page): Promise<void> {
  const response = await page.request.post(`${API}/__sandbox/reset`, { headers: { 'X-Sandbox-Control': '1' } });
  expect(response.status()).toBe(204);
}

/**
 * Logs in through Keycloak's own form (password = login in the sandbox realm), with the mouse or
 * with the keyboard only. The page's language is kept as if chosen, as the sandbox specs do.
 */
export async function keycloakLogin(page: Page, user: string, how: 'mouse' | 'keyboard' = 'mouse', startAt = '/'): Promise<void> {
  await page.goto(startAt);
  await page.evaluate(() => localStorage.getItem('te.language') ?? localStorage.setItem('te.language', document.documentElement.lang));
  await page.getByRole('button', { name: 'Log in' }).click();
  const username = page.locator('#username');
  await expect(username).toBeVisible();
  expect(new URL(page.url()).origin).toBe('http://localhost:8082');
  if (how === 'mouse') {
    await username.click();
    await username.fill(user);
    await page.locator('#password').click();
    await page.locator('#password').fill(user);
    await page.locator('#kc-login').click();
  } else {
    // Keycloak's form puts the focus in the username field; Tab reaches the password, Enter submits.
    await expect(username).toBeFocused();
    await page.keyboard.type(user);
    await page.keyboard.press('Tab');
    await expect(page.locator('#password')).toBeFocused();
    await page.keyboard.type(user);
    await page.keyboard.press('Enter');
  }
  await page.waitForURL((url) => url.origin === APP && !url.pathname.startsWith('/auth/callback'));
}

/** The forms the page posts to Keycloak's token endpoint, by grant type. */
export function recordTokenRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (request.url() === `${OIDC}/token` && request.method() === 'POST') requests.push(request);
  });
  return requests;
}

export const formOf = (request: Request) => new URLSearchParams(request.postData() ?? '');

/** The stored login (oidc-client-ts keeps it in sessionStorage). */
export async function storedLogin(page: Page): Promise<{ access_token: string; refresh_token: string; id_token: string }> {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!;
    return JSON.parse(sessionStorage.getItem(key)!) as { access_token: string; refresh_token: string; id_token: string };
  });
}
