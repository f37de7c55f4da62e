import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, IDP, injectFault, login, recordApiRequests, resetSandbox, setTokenLifetime } from './support';

test.beforeEach(async ({ page }) => resetSandbox(page));
test.afterEach(async ({ page }) => setTokenLifetime(page, 300));

const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

test('with 4-second tokens the user keeps working across several expiries without noticing', async ({ page }) => {
  const grants: string[] = [];
  page.on('request', (request) => {
    if (request.url() === `${IDP}/token`) grants.push(new URLSearchParams(request.postData() ?? '').get('grant_type') ?? '');
  });
  await setTokenLifetime(page, 4);
  await login(page, 'marc');
  await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();

  await wait(5);
  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();

  await wait(5);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.locator('.timeline-entry').first()).toBeVisible();

  await page.getByRole('link', { name: 'Exclude a care provider' }).click();
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('65120355');
  await wait(5);
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText('Pharmacie du Parc is now excluded.')).toBeVisible();

  await expect(page.getByRole('button', { name: 'Log in' })).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(grants.filter((g) => g === 'refresh_token').length).toBeGreaterThanOrEqual(2);
  expect(grants.filter((g) => g.endsWith('token-exchange')).length).toBeGreaterThanOrEqual(2);

  // A reload with an expired token renews it instead of asking to log in.
  await wait(5);
  await page.reload();
  await expect(page.getByRole('row', { name: /Pharmacie du Parc/ })).toBeVisible();
});

test('when renewal fails the user is asked to log in again, and the form comes back as typed', async ({ page }) => {
  await setTokenLifetime(page, 4);
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('62045158');

  // The identity provider refuses the refresh token (revoked, expired, reused elsewhere).
  await page.route(`${IDP}/token`, (route) =>
    new URLSearchParams(route.request().postData() ?? '').get('grant_type') === 'refresh_token'
      ? route.fulfill({ status: 400, json: { error: 'invalid_grant', error_description: 'grant request is invalid' } })
      : route.continue(),
  );
  await wait(5);
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Log in again' })).toBeFocused();
  await expectNoAxeViolations(page, 'session expired');
  await page.unroute(`${IDP}/token`);

  await dialog.getByRole('button', { name: 'Log in again' }).click();
  await page.waitForURL('/exclusions/new');
  await expect(page.getByText('What you had typed has been restored.')).toBeVisible();
  await expect(page.getByLabel('NIHII number of the pharmacy')).toHaveValue('62045158');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText('Apotheek Centrum is now excluded.')).toBeVisible();
});

test('a 401 from the API: a fresh token and one more try; a second 401 asks to log in again and keeps what was typed', async ({ page }) => {
  const api = recordApiRequests(page);
  await login(page, 'anna');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();

  // Once: the user notices nothing, and the second try carries another token.
  await injectFault(page, { kind: 'unauthorized', count: 1, method: 'POST' });
  await page.goto('/exclusions/new');
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('62045158');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText('Apotheek Centrum is now excluded.')).toBeVisible();
  const posts = api.filter((r) => r.method() === 'POST');
  expect(posts).toHaveLength(2);
  const [first, second] = await Promise.all(posts.map(async (r) => (await r.allHeaders()).authorization));
  expect(first).not.toBe(second);

  // Twice: the session is over; logging in again brings the form back as typed.
  await injectFault(page, { kind: 'unauthorized', count: 2, method: 'POST' });
  await page.goto('/exclusions/new');
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('65120355');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(dialog).toBeVisible();
  expect(api.filter((r) => r.method() === 'POST')).toHaveLength(4);
  await dialog.getByRole('button', { name: 'Log in again' }).click();
  await page.waitForURL('/exclusions/new');
  await expect(page.getByText('What you had typed has been restored.')).toBeVisible();
  await expect(page.getByLabel('NIHII number of the pharmacy')).toHaveValue('65120355');
});
