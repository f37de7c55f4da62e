import { expect, test } from '@playwright/test';
import { API_BASE, expectNoAxeViolations, IDP, login, PEOPLE, recordApiRequests, resetSandbox } from './support';

test.beforeEach(async ({ page }) => resetSandbox(page));

test('anna logs in and lands on her list', async ({ page }) => {
  await login(page, 'anna');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Excluded care providers');
  await expect(page.getByText('You are managing your own exclusions.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  // On a wide screen the header's tools are all in view: no "Options" button to fold them.
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Options' })).toBeHidden();
  // No code or state left in the address bar.
  expect(page.url()).not.toMatch(/code=|state=/);
});

test('a deep link to /history survives the login round trip', async ({ page }) => {
  await login(page, 'anna', '/history');
  await expect(page).toHaveURL('/history');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History of changes');
});

test('victor, without the rest-access role, sees a clear no-access page', async ({ page }) => {
  await login(page, 'victor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This profile cannot manage exclusions');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'no-access');
});

test('nothing token-like is written to localStorage, and logout clears the session', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    (window as unknown as { localWrites: string[] }).localWrites = [];
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage) (window as unknown as { localWrites: string[] }).localWrites.push(`${key}=${value}`);
      return original.call(this, key, value);
    };
  });
  await login(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Lina Dubois, your child.')).toBeVisible();
  const writes = await page.evaluate(() => (window as unknown as { localWrites: string[] }).localWrites);
  expect(writes.join('\n')).not.toMatch(/eyJ|token|code_verifier|\d{11}/i);

  // A half-typed draft for Lina, which logout must remove too.
  await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exclude a care provider' })).toBeVisible();
  await page.getByLabel('National register number (INSZ / NISS)').fill('72051430150');
  await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('te.draft.')))).toBe(true);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  expect(storage).not.toMatch(/eyJ|access_token|refresh_token|te\.draft|72051430150/);
  await page.goBack();
  await expect(page.getByText('Nurse')).toHaveCount(0);
  await expect(page.getByText(PEOPLE.lina.name)).toHaveCount(0);

  // The identity provider's session ended too: logging in asks who you are again.
  await page.goto('/');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Sandbox login' })).toBeVisible();
});

test('a forged or stale callback says the login was not completed, and logging in again works', async ({ page }) => {
  await page.goto('/auth/callback?code=forged&state=never-sent');
  // The callback page hands over to the login panel, which says why and offers to log in again.
  await expect(page.getByRole('alert')).toHaveText('The login was not completed. Log in again.');
  await expect(page.getByRole('alert')).not.toContainText('could not be reached');
  await expectNoAxeViolations(page, 'callback not completed');
  await page.getByRole('button', { name: /^Log in/ }).click();
  await page.getByRole('button', { name: /\(anna\)/ }).click();
  // No language was chosen here: Anna's token says Dutch.
  await expect(page.getByRole('heading', { level: 1, name: 'Uitgesloten zorgverleners' })).toBeVisible();
});

test('logout revokes every token: the API refuses the old profile token, the identity provider the old login', async ({ page }) => {
  const api = recordApiRequests(page);
  await login(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();
  const profileToken = (await api[api.length - 1]!.allHeaders()).authorization!;
  const loginToken = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'))!;
    return (JSON.parse(sessionStorage.getItem(key)!) as { access_token: string }).access_token;
  });
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();

  const old = await page.request.get(`${API_BASE}/therapeuticExclusions/${PEOPLE.lina.ssin}`, {
    headers: { Authorization: profileToken, From: 'tests@example.org' },
  });
  expect(old.status()).toBe(401);
  const exchange = await page.request.post(`${IDP}/token`, {
    form: {
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      client_id: 'myhealth-exclusions-sandbox',
      subject_token: loginToken,
      subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      audience: 'ehealth-exclusion-backend',
    },
  });
  expect(exchange.status()).toBe(400);
});

test('logout still logs out when the identity provider cannot revoke', async ({ page }) => {
  await page.route(`${IDP}/token/revocation`, (route) => route.abort('connectionrefused'));
  await login(page, 'anna');
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('oidc.user:')))).toBe(false);
});

test('a reload shows the list while access is checked again, and a refusal on that check still replaces it', async ({ page }) => {
  await login(page, 'anna');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();

  // The identity provider holds the next token exchange until the page has been looked at, then refuses it.
  let refuse: () => void = () => undefined;
  const refused = new Promise<void>((resolve) => (refuse = resolve));
  await page.route(`${IDP}/token`, async (route) => {
    if (!route.request().postData()?.includes('token-exchange')) return route.continue();
    await refused;
    return route.fulfill({ status: 400, json: { error: 'access_denied', error_description: 'role withdrawn' } });
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Excluded care providers');
  await expect(page.getByText('Checking your access…')).toHaveCount(0);
  // No data before the check and its token: the list waits, saying so.
  await expect(page.getByText('Loading the exclusions…')).toBeVisible();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'list while access is checked again');

  refuse();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This profile cannot manage exclusions');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toHaveCount(0);

  // Refused once: the next load checks before it shows anything, then shows the list again.
  await page.unroute(`${IDP}/token`);
  await page.reload();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Excluded care providers');
});
