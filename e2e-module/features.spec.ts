// The app's features as a MyHealth module, in a host that loads Zone.js first (as MyHealth does):
// the list, declaring, revoking and the history, with the host's tokens and the host's navigation.
import { expect, test } from '@playwright/test';
import { API_BASE, apiRequests, chooseProfession, expectNoAxeViolations, hostLog, hostStatus, openHost, PEOPLE, recordRequests, resetSandbox } from './host';

test.beforeEach(async ({ page }) => resetSandbox(page));

test('the list: the person the host token names, From on every request, no User-Agent of ours, axe inside the shadow root', async ({ page }) => {
  const requests = recordRequests(page);
  await openHost(page, { login: 'anna' });
  expect(await page.evaluate(() => typeof (window as unknown as { Zone?: unknown }).Zone)).toBe('function');
  const list = page.locator('te-exclusions');
  await expect(list.getByRole('heading', { level: 1 })).toHaveText('Excluded care providers');
  await expect(list.getByText(`may not see the health data of ${PEOPLE.anna.name}`)).toBeVisible();
  await expect(list.getByRole('row', { name: /Jan Maes/ })).toContainText('Physician');
  await expectNoAxeViolations(page, 'list');

  const log = await hostLog(page);
  expect(log.tokenRequests.length).toBeGreaterThan(0);
  expect(new Set(log.tokenRequests)).toEqual(new Set(['ehealth-exclusion-backend']));
  expect(log.errors).toEqual([]);
  const api = apiRequests(requests);
  expect(api.map((r) => r.url())).toEqual([`${API_BASE}/therapeuticExclusions/${PEOPLE.anna.ssin}`]);
  for (const request of api) {
    const headers = await request.allHeaders();
    expect(headers.from).toBe('operations@example.be');
    expect(headers.authorization).toMatch(/^Bearer ey/);
    expect(headers['user-agent']).not.toMatch(/exclusions|myhealth/i);
  }
  // The module never talks to the identity provider: only the host exchanges tokens.
  const exchanges = requests.filter((r) => r.url().startsWith('http://localhost:8082/token'));
  expect(exchanges.length).toBeGreaterThan(0);
  for (const exchange of exchanges) expect(exchange.frame().url()).toContain('localhost:5174');
});

test('declares through the host: `open` mounts the form, one POST, `open` back to the list with the confirmation; the URL never changes', async ({ page }) => {
  const requests = recordRequests(page);
  await openHost(page, { login: 'anna' });
  const url = page.url();
  await page.locator('te-exclusions').getByRole('link', { name: 'Exclude a care provider' }).click();
  const form = page.locator('te-declare-exclusion');
  await expect(form.getByRole('heading', { level: 1 })).toHaveText('Exclude a care provider');
  await expect(form.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'form');
  await chooseProfession(page, 'phys', 'Physician');
  await form.getByLabel('National register number (INSZ / NISS)').fill('75.08.21-611.02');
  await form.getByRole('button', { name: 'Exclude', exact: true }).click();

  const list = page.locator('te-exclusions');
  await expect(list.getByText('Pieter Goossens is now excluded.')).toBeVisible();
  await expect(list.getByRole('row', { name: /Pieter Goossens/ })).toContainText('Physician');
  expect(page.url()).toBe(url);
  const log = await hostLog(page);
  expect(log.opened.map((o) => o.componentTag)).toEqual(['te-declare-exclusion', 'te-exclusions']);
  expect(log.opened[1]!.props).toEqual({ flash: { kind: 'declared', name: 'Pieter Goossens' } });
  const posts = apiRequests(requests).filter((r) => r.method() === 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0]!.postDataJSON()).toEqual({
    patient: { identifier: [{ type: 'ssin', value: PEOPLE.anna.ssin }] },
    hcParty: { identifier: [{ type: 'ssin', value: '75082161102' }], qualificationCode: 'persphysician' },
  });
  expect((await posts[0]!.allHeaders()).from).toBe('operations@example.be');
});

test('a wrong check digit is caught at the field inside the shadow root, and the summary takes focus', async ({ page }) => {
  await openHost(page, { login: 'anna' });
  await page.locator('te-exclusions').getByRole('link', { name: 'Exclude a care provider' }).click();
  const form = page.locator('te-declare-exclusion');
  await chooseProfession(page, 'nurse', 'Nurse');
  await form.getByLabel('National register number (INSZ / NISS)').fill('88120140246');
  await form.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(form.locator('#declare-ssin-error')).toHaveText('This national register number is not valid: check the last two digits.');
  await expect(form.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expectNoAxeViolations(page, 'form with errors');
});

test('revokes after a confirmation in a dialog inside the shadow root', async ({ page }) => {
  const requests = recordRequests(page);
  await openHost(page, { login: 'anna' });
  const list = page.locator('te-exclusions');
  await list.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  const dialog = list.getByRole('dialog', { name: 'Revoke the exclusion of Jan Maes?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page, 'dialog');
  await dialog.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByRole('row', { name: /Jan Maes/ })).toHaveCount(0);
  const deletes = apiRequests(requests).filter((r) => r.method() === 'DELETE');
  expect(deletes.map((r) => r.url())).toEqual([`${API_BASE}/therapeuticExclusions?patientSsin=${PEOPLE.anna.ssin}&hcPartySsin=72051430150`]);
});

test('the history: opened by the host, its entries, and Print asks the host to print', async ({ page }) => {
  await openHost(page, { login: 'anna' });
  await page.locator('te-exclusions').getByRole('link', { name: 'History' }).click();
  const history = page.locator('te-exclusion-history');
  await expect(history.getByRole('heading', { level: 1 })).toHaveText('History of changes');
  await expect(history.locator('section.history-day').filter({ hasText: 'Jan Maes' }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'history');
  let printed = false;
  page.on('dialog', () => (printed = true));
  await history.getByRole('button', { name: 'Print' }).click();
  await expect(hostStatus(page)).toHaveText('Print requested: History of changes');
  const log = await hostLog(page);
  expect(log.printed.map(({ title, mimeType }) => ({ title, mimeType }))).toEqual([{ title: 'History of changes', mimeType: 'text/html' }]);
  expect(log.printed[0]!.length).toBeGreaterThan(500);
  expect(printed).toBe(false);
});
