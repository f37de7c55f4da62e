/**
 * The production-readiness fault scenarios. Those covered elsewhere: 2 (dropped POST, timed-out POST
 * then 409) and 10 (double click on declare) in exclusions.spec.ts, 4 in session.spec.ts, 6 (revoke in
 * two tabs) and 11 (markup in names) in exclusions.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { API_BASE, expectNoAxeViolations, IDP, injectFault, login, PEOPLE, recordApiRequests, resetSandbox } from './support';

test.beforeEach(async ({ page }) => resetSandbox(page));

const listPath = (ssin: string) => `/therapeuticExclusions/${ssin}`;

test('1. a 500 on the list: a message and a retry that works', async ({ page }) => {
  // Reads are retried twice by themselves: three failures reach the user.
  await injectFault(page, { kind: 'error', method: 'GET', path: listPath(PEOPLE.anna.ssin), count: 3 });
  await login(page, 'anna');
  await expect(page.getByRole('alert')).toContainText('The eHealth service has a technical problem.');
  await expectNoAxeViolations(page, 'list error');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
});

test('3. a slow API (3 s): a loading state and no double request', async ({ page }) => {
  const requests = recordApiRequests(page);
  await injectFault(page, { kind: 'slow', delayMs: 3000, method: 'GET', path: listPath(PEOPLE.anna.ssin) });
  await login(page, 'anna');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the exclusions…' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible({ timeout: 8000 });
  expect(requests.filter((r) => r.url() === `${API_BASE}${listPath(PEOPLE.anna.ssin)}`)).toHaveLength(1);
});

test('5. the identity provider is down at login: a clear message', async ({ page }) => {
  await page.route(`${IDP}/**`, (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Logging in did not work: the identity service could not be reached. Try again in a moment.');
  await expectNoAxeViolations(page, 'idp down');
});

test('7. offline: a message, nothing typed lost, and recovery when back online', async ({ page, context }) => {
  await login(page, 'anna');
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.locator('.timeline-entry')).toHaveCount(3);
  await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('62045158');
  await context.setOffline(true);
  await expect(page.getByText(/^You are offline\./)).toBeVisible();
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText(/The exclusion was not sent\. The service could not be reached/)).toBeVisible();
  await expect(page.getByLabel('NIHII number of the pharmacy')).toHaveValue('62045158');
  await expectNoAxeViolations(page, 'offline');

  await context.setOffline(false);
  await expect(page.getByText(/^You are offline\./)).toHaveCount(0);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Apotheek Centrum is now excluded.')).toBeVisible();

  // Offline, the history shows what was loaded before; it refreshes by itself once back online.
  await context.setOffline(true);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.locator('.timeline-entry')).toHaveCount(3);
  await context.setOffline(false);
  await expect(page.locator('.timeline-entry').first()).toContainText('Excluded: Apotheek Centrum');
  await expect(page.locator('.timeline-entry')).toHaveCount(4);
});

test('7. offline: a page opened for the first time while its code cannot load says so, and loads on "Try again"', async ({ page }) => {
  const declareChunk = /\/DeclarePage[-\w]*\.(tsx|js)/;
  await page.route(declareChunk, (route) => route.abort('internetdisconnected'));
  await login(page, 'anna');
  await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByText('Check your connection and try again.', { exact: false })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expectNoAxeViolations(page, 'page failed to load');

  await page.unroute(declareChunk);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exclude a care provider' })).toBeVisible();
});

test('7. offline: Revoke before the dialog\'s code is here says so, and after "Try again" the dialog opens (by mouse)', async ({ page }) => {
  const dialogChunk = /\/RevokeDialog[-\w]*\.(tsx|js)/;
  await page.route(dialogChunk, (route) => route.abort('internetdisconnected'));
  await login(page, 'anna');
  await page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByText('Check your connection and try again.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'revoke dialog failed to load');

  await page.unroute(dialogChunk);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke the exclusion of Jan Maes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
});

test("7. the revoke dialog's code is fetched as soon as the list shows rows, before the other pages", async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const chunk = /\/(RevokeDialog|HistoryPage|DeclarePage|AboutExclusionsPage)[-\w]*\.(tsx|js)/.exec(request.url())?.[1];
    if (chunk) chunks.push(chunk);
  });
  await login(page, 'anna');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-pages-ready', '');
  expect(chunks[0]).toBe('RevokeDialog');
  expect(chunks).toContain('HistoryPage');
});

test('7. offline: the other pages were fetched once the list was idle, so they open offline', async ({ page, context }) => {
  const preloaded = page.waitForResponse(/\/HistoryPage[-\w]*\.(tsx|js)/);
  await login(page, 'anna');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  await preloaded;
  // The dev server serves a page's modules one by one: wait until the app has them all.
  await expect(page.locator('html')).toHaveAttribute('data-pages-ready', '');
  await context.setOffline(true);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History of changes' })).toBeVisible();
  await expect(page.getByText(/^You are offline\./)).toBeVisible();
});

test('8. malformed JSON from the API: a clear error, no crash', async ({ page }) => {
  await injectFault(page, { kind: 'malformed', method: 'GET', path: listPath(PEOPLE.anna.ssin) });
  await login(page, 'anna');
  await expect(page.getByRole('alert')).toContainText('The service sent an answer this app does not understand.');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
});

test('9. a profile switch during a pending request: the late answer is discarded', async ({ page }) => {
  await injectFault(page, { kind: 'slow', delayMs: 2500, method: 'GET', path: listPath(PEOPLE.marc.ssin) });
  await login(page, 'marc');
  await expect(page.getByText('Loading the exclusions…')).toBeVisible();
  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();
  // Past the moment Marc's own (slowed) answer would have come.
  await page.waitForTimeout(3000);
  await expect(page.getByText('You are managing the exclusions of Lina Dubois, your child.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toHaveCount(0);
});

test('10. a double click on revoke and on look-up sends one request each', async ({ page }) => {
  const requests = recordApiRequests(page);
  await login(page, 'anna');
  await page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  await injectFault(page, { kind: 'slow', delayMs: 800, method: 'DELETE' });
  await page.getByRole('button', { name: 'Yes, revoke' }).dblclick();
  await expect(page.getByText('The exclusion of Jan Maes has been revoked.')).toBeVisible();
  expect(requests.filter((r) => r.method() === 'DELETE')).toHaveLength(1);

  await page.getByRole('textbox', { name: 'National register number (INSZ / NISS)' }).fill('72051430150');
  await page.getByRole('button', { name: 'Look up' }).dblclick();
  await expect(page.getByText('72.05.14-301.50 is not excluded.')).toBeVisible();
  expect(requests.filter((r) => r.method() === 'GET' && r.url().includes('hcPartySsin=72051430150'))).toHaveLength(1);
});

test('12. a reload on every route: no loop, nothing lost', async ({ page }) => {
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await login(page, 'anna');
  await page.reload();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();

  await page.goto('/exclusions/new');
  await page.getByLabel('National register number (INSZ / NISS)').fill('72051430150');
  await page.reload();
  await expect(page.getByLabel('National register number (INSZ / NISS)')).toHaveValue('72051430150');

  await page.goto('/history?page=1');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History of changes');

  navigations.length = 0;
  await page.goto('/auth/callback');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  // A handful of navigations (the visit, the replace to '/', the reload), then none: no loop.
  const settled = navigations.length;
  await page.waitForTimeout(1500);
  expect(navigations).toHaveLength(settled);
  expect(settled).toBeLessThanOrEqual(4);
});
