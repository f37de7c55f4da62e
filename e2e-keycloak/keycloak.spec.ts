import { expect, test } from '@playwright/test';
import { API_BASE, chooseProfession, expectNoAxeViolations, PEOPLE, recordApiRequests } from '../e2e/support';
import { BACKEND, formOf, keycloakLogin, OIDC, payloadOf, recordTokenRequests, resetApi, SPA_CLIENT, storedLogin, SUB } from './support';

test.beforeEach(async ({ page }) => resetApi(page));

const EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN = 'urn:ietf:params:oauth:token-type:access_token';
const bearer = async (request: { allHeaders(): Promise<Record<string, string>> }) => (await request.allHeaders()).authorization!.replace(/^Bearer /, '');

test("anna logs in through Keycloak's form with the mouse; the API gets a token exchanged for the backend", async ({ page }) => {
  const api = recordApiRequests(page);
  const tokens = recordTokenRequests(page);
  await keycloakLogin(page, 'anna');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Excluded care providers');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  expect(page.url()).not.toMatch(/code=|state=/);
  await expectNoAxeViolations(page, 'list after a Keycloak login');

  // The login token has no backend role (fullScopeAllowed off); the exchanged one has it, for the backend's audience.
  expect(payloadOf((await storedLogin(page)).access_token).resource_access).toBeUndefined();
  const exchange = tokens.map(formOf).find((form) => form.get('grant_type') === EXCHANGE)!;
  expect(exchange.get('requested_token_type')).toBe(ACCESS_TOKEN);
  expect(exchange.get('audience')).toBe(BACKEND);
  const claims = payloadOf(await bearer(api[0]!));
  expect(claims).toMatchObject({ aud: BACKEND, azp: SPA_CLIENT, ssin: PEOPLE.anna.ssin, resource_access: { [BACKEND]: { roles: ['rest-access'] } } });
});

test('victor logs in with the keyboard only and is told he cannot manage exclusions', async ({ page }) => {
  await keycloakLogin(page, 'victor', 'keyboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This profile cannot manage exclusions');
  await expectNoAxeViolations(page, 'no access after a Keycloak login');
});

test('anna declares a physician, revokes Jan Maes, and the history shows both', async ({ page }) => {
  await keycloakLogin(page, 'anna');
  await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
  await chooseProfession(page, 'phys', 'Physician');
  await page.getByLabel('National register number (INSZ / NISS)').fill('75.08.21-611.02');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText('Pieter Goossens is now excluded.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Pieter Goossens/ })).toContainText('Physician');

  await page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  await page.getByRole('dialog', { name: 'Revoke the exclusion of Jan Maes?' }).getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByText('The exclusion of Jan Maes has been revoked.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History of changes');
  // Both acts, authored by the user through this app (the client id in Keycloak's azp).
  await expect(page.getByRole('listitem').filter({ hasText: 'Excluded: Pieter Goossens, physician' })).toContainText('By you (through this app)');
  await expect(page.getByRole('listitem').filter({ hasText: 'Revoked: Jan Maes, physician' })).toContainText('By you (through this app)');
  await expectNoAxeViolations(page, 'history');
});

test("marc switches to Lina (Keycloak's V1 impersonation by her may_act sub) and back", async ({ page }) => {
  const api = recordApiRequests(page);
  const tokens = recordTokenRequests(page);
  await keycloakLogin(page, 'marc');
  const switcher = page.getByLabel('Acting for');
  await expect(switcher.locator('option')).toHaveText(['Marc Dubois (yourself)', 'Lina Dubois, your child', 'Tom Dubois, your child']);

  await switcher.selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Lina Dubois, your child.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();
  await expectNoAxeViolations(page, "Lina's list");
  const lina = api.filter((request) => request.url().includes(PEOPLE.lina.ssin));
  expect(lina.length).toBeGreaterThan(0);
  // Keycloak's impersonated token is Lina's own, with the acting parent in act.sub (a mapper of the realm).
  expect(payloadOf(await bearer(lina[0]!))).toMatchObject({ sub: SUB.lina, act: { sub: SUB.marc }, userProfile: { ssin: PEOPLE.lina.ssin } });
  expect(tokens.map(formOf).map((form) => form.get('requested_subject'))).toContain(SUB.lina);

  await switcher.selectOption({ label: 'Marc Dubois (yourself)' });
  await expect(page.getByText('You are managing your own exclusions.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();
});

test('sofie is never switched to Maria, whose mandate covers prescriptions only; Keycloak refuses it too', async ({ page }) => {
  const tokens = recordTokenRequests(page);
  await keycloakLogin(page, 'sofie');
  const switcher = page.getByLabel('Acting for');
  await expect(switcher.locator('option')).toHaveText(['Sofie Janssens (yourself)', 'Georges Lambert, mandate', 'Mandate · 42.04.04-222.83']);
  await expect(switcher.locator('option', { hasText: '42.04.04-222.83' })).toBeDisabled();
  expect(tokens.map(formOf).map((form) => form.get('requested_subject'))).not.toContain(SUB.maria);

  // Asked all the same, Keycloak says no: Maria is not among the people V1 lets anyone act for.
  const refused = await page.request.post(`${OIDC}/token`, {
    form: {
      grant_type: EXCHANGE,
      client_id: SPA_CLIENT,
      subject_token: (await storedLogin(page)).access_token,
      subject_token_type: ACCESS_TOKEN,
      requested_token_type: ACCESS_TOKEN,
      audience: BACKEND,
      requested_subject: SUB.maria,
    },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: 'access_denied', error_description: 'Client not allowed to exchange' });
});

test('a 20-second login token is renewed with a rotated refresh token; the old one is refused', async ({ page }) => {
  const tokens = recordTokenRequests(page);
  await keycloakLogin(page, 'anna');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  const first = await storedLogin(page);

  // The app renews 10 s before expiry, on the next request: let the token get that old, then ask for a page.
  await page.waitForTimeout(11_000);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History of changes');
  await expect.poll(() => tokens.map(formOf).filter((form) => form.get('grant_type') === 'refresh_token').length).toBe(1);
  await expect.poll(async () => (await storedLogin(page)).refresh_token).not.toBe(first.refresh_token);

  const reuse = await page.request.post(`${OIDC}/token`, { form: { grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: SPA_CLIENT } });
  expect(reuse.status()).toBe(400);
  expect((await reuse.json()).error).toBe('invalid_grant');
});

test("logout revokes every token at Keycloak's revoke endpoint and ends the Keycloak session; the old tokens are refused", async ({ page }) => {
  const api = recordApiRequests(page);
  const revocations: Promise<number>[] = [];
  page.on('request', (request) => {
    if (request.url() === `${OIDC}/revoke`) revocations.push(request.response().then((response) => response?.status() ?? 0));
  });
  await keycloakLogin(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();
  const profileToken = await bearer(api[api.length - 1]!);
  const login = await storedLogin(page);

  const endSession = page.waitForRequest((request) => request.url().startsWith(`${OIDC}/logout`));
  await page.getByRole('button', { name: 'Log out' }).click();
  const logout = new URL((await endSession).url());
  expect(logout.searchParams.get('id_token_hint')).toBe(login.id_token);
  expect(logout.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:4173/');
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  // The login's access and refresh tokens and every exchanged one (oneself, Lina): each revoked with 200.
  expect(revocations.length).toBeGreaterThanOrEqual(3);
  expect(new Set(await Promise.all(revocations))).toEqual(new Set([200]));
  await expectNoAxeViolations(page, 'after logout');

  const old = await page.request.get(`${API_BASE}/therapeuticExclusions/${PEOPLE.lina.ssin}`, {
    headers: { Authorization: `Bearer ${profileToken}`, From: 'tests@example.org' },
  });
  expect(old.status()).toBe(401);
  const exchange = await page.request.post(`${OIDC}/token`, {
    form: { grant_type: EXCHANGE, client_id: SPA_CLIENT, subject_token: login.access_token, subject_token_type: ACCESS_TOKEN, audience: BACKEND },
  });
  expect(exchange.status()).toBe(400);
  const refresh = await page.request.post(`${OIDC}/token`, {
    form: { grant_type: 'refresh_token', refresh_token: login.refresh_token, client_id: SPA_CLIENT },
  });
  expect(refresh.status()).toBe(400);

  // Keycloak's session ended too: logging in asks for the password again.
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.locator('#username')).toBeVisible();
});
