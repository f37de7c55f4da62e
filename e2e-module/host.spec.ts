// What the host does to the module: a profile switch and `refresh`, a language change, demo mode,
// no user logged in; and what the module must not do to the host: storage, styles, Zone.js.
import { expect, test } from '@playwright/test';
import {
  API_BASE,
  apiRequests,
  chooseProfession,
  expectNoAxeViolations,
  hostLog,
  hostStatus,
  hostSwitch,
  openHost,
  PEOPLE,
  recordRequests,
  resetSandbox,
} from './host';

test.beforeEach(async ({ page }) => resetSandbox(page));

test('the host switches to a child, then asks for a refresh: the child’s list, read with the child’s token', async ({ page }) => {
  const requests = recordRequests(page);
  await openHost(page, { login: 'marc' });
  const list = page.locator('te-exclusions');
  await expect(list.getByText(`may not see the health data of ${PEOPLE.marc.name}`)).toBeVisible();
  await expect(list.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();
  const before = apiRequests(requests).length;

  await hostSwitch(page, 'Profile', PEOPLE.lina.name);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(hostStatus(page)).toHaveText('Refresh: success');
  await expect(list.getByText(`may not see the health data of ${PEOPLE.lina.name}`)).toBeVisible();
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByText(PEOPLE.marc.name)).toHaveCount(0);
  await expectNoAxeViolations(page, 'child list');
  const after = apiRequests(requests).slice(before);
  expect(after.map((r) => r.url())).toEqual([`${API_BASE}/therapeuticExclusions/${PEOPLE.lina.ssin}`]);
  const token = (await after[0]!.allHeaders()).authorization!.split('.')[1]!;
  const claims = JSON.parse(Buffer.from(token, 'base64url').toString()) as { userProfile: { ssin: string } };
  expect(claims.userProfile.ssin).toBe(PEOPLE.lina.ssin);
  expect((await hostLog(page)).refreshed).toEqual(['success']);
});

test('the host changes language while a form is half typed: the form is translated in place and keeps what was typed', async ({ page }) => {
  await openHost(page, { login: 'anna' });
  await page.locator('te-exclusions').getByRole('link', { name: 'Exclude a care provider' }).click();
  const form = page.locator('te-declare-exclusion');
  await chooseProfession(page, 'nurse', 'Nurse');
  await form.getByLabel('National register number (INSZ / NISS)').fill('88.12.01');
  await hostSwitch(page, 'Language', 'nl');
  await expect(form.getByRole('heading', { level: 1 })).toHaveText('Een zorgverlener uitsluiten');
  await expect(form.locator('#declare-ssin')).toHaveValue('88.12.01');
  await expect(form.getByRole('combobox')).toHaveValue('Verpleegkundige');
  await expect(form.locator('[lang]').first()).toHaveAttribute('lang', 'nl');
  await hostSwitch(page, 'Language', 'fr');
  await expect(form.getByRole('heading', { level: 1 })).toHaveText('Exclure un prestataire de soins');
  await expect(form.locator('#declare-ssin')).toHaveValue('88.12.01');
  await expectNoAxeViolations(page, 'form in French');
});

test('demo mode, switched to at runtime: built-in data, no token asked for, not one request', async ({ page }) => {
  await openHost(page, { login: 'anna', lang: 'de' });
  const list = page.locator('te-exclusions');
  await expect(list.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  const tokensBefore = (await hostLog(page)).tokenRequests.length;
  const requests = recordRequests(page);

  await hostSwitch(page, 'Configuration', 'demo');
  await expect(list.getByRole('row', { name: /Jan Maes/ })).toHaveCount(0);
  await expect(list.getByRole('row')).not.toHaveCount(0);
  await expect(list.getByRole('heading', { level: 1 })).toHaveText('Ausgeschlossene Gesundheitsdienstleister');
  await list.getByRole('link', { name: 'Verlauf' }).click();
  await expect(page.locator('te-exclusion-history').locator('section.history-day').first()).toBeVisible();
  await expectNoAxeViolations(page, 'demo history');
  expect(requests.map((r) => r.url())).toEqual([]);
  expect((await hostLog(page)).tokenRequests).toHaveLength(tokensBefore);
});

test('nobody logged in, or only offline: no token is asked for, and the component says why', async ({ page }) => {
  const requests = recordRequests(page);
  await openHost(page, { login: 'anna', auth: 'unauthenticated' });
  const list = page.locator('te-exclusions');
  await expect(list.getByText('Log in to see your therapeutic exclusions.')).toBeVisible();
  await expectNoAxeViolations(page, 'unauthenticated');
  await hostSwitch(page, 'Authentication', 'offline-authenticated');
  await expect(list.getByText('Your therapeutic exclusions can only be seen online. Log in again with itsme or your eID.')).toBeVisible();
  expect((await hostLog(page)).tokenRequests).toEqual([]);
  expect(apiRequests(requests)).toEqual([]);
  // Logged in online: now the list is read.
  await hostSwitch(page, 'Authentication', 'online-authenticated');
  await expect(list.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
});

test('nothing stored on the device, offline storage enabled or not, and no style crosses the shadow boundary either way', async ({ page }) => {
  await openHost(page, { login: 'anna' });
  await page.locator('#host-controls').getByLabel('Offline storage').check();
  const list = page.locator('te-exclusions');
  await list.getByRole('link', { name: 'Exclude a care provider' }).click();
  const form = page.locator('te-declare-exclusion');
  await page.getByLabel('A pharmacy').check();
  await form.getByLabel('NIHII number of the pharmacy').fill('68001750');
  await form.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(list.getByRole('row', { name: /De Linde/ })).toBeVisible();

  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
  expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
  expect((await hostLog(page)).offlineWrites).toEqual([]);

  // The host's loud rules (module/host/host.css) stay outside; the module's stay inside.
  const moduleButton = list.getByRole('link', { name: 'Exclude a care provider' });
  await expect(moduleButton).not.toHaveCSS('font-family', 'serif');
  await expect(list.getByRole('button', { name: /Revoke the exclusion of Jan Maes/ })).not.toHaveCSS('background-color', 'rgb(255, 0, 255)');
  await expect(list.locator('p.lead')).not.toHaveCSS('color', 'rgb(0, 96, 0)');
  await expect(page.getByRole('button', { name: 'Refresh' })).toHaveCSS('background-color', 'rgb(255, 0, 255)');
  await expect(page.locator('p.host-probe')).toHaveCSS('color', 'rgb(0, 96, 0)');
  await expect(page.locator('p.host-probe')).toHaveCSS('font-size', '16px');
  expect(await page.evaluate(() => document.querySelectorAll('head style, body > style').length)).toBe(0);
  expect(await page.evaluate(() => [...document.styleSheets].map((s) => new URL(s.href ?? 'inline:', location.href).pathname))).toEqual(['/host.css']);
});

test('without Zone.js on the page, the module works the same', async ({ page }) => {
  await openHost(page, { login: 'anna', zone: 'off' });
  expect(await page.evaluate(() => typeof (window as unknown as { Zone?: unknown }).Zone)).toBe('undefined');
  const list = page.locator('te-exclusions');
  await expect(list.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  await list.getByRole('link', { name: 'Exclude a care provider' }).click();
  await expect(page.locator('te-declare-exclusion').getByRole('heading', { level: 1 })).toHaveText('Exclude a care provider');
  expect((await hostLog(page)).errors).toEqual([]);
});

for (const phone of [
  { width: 320, height: 720 },
  { width: 390, height: 844 },
])
  test(`on a ${phone.width} px phone, in every language, neither the list nor the form scrolls sideways`, async ({ page }) => {
    await page.setViewportSize(phone);
    const headings = {
      en: 'Exclude a care provider',
      nl: 'Een zorgverlener uitsluiten',
      fr: 'Exclure un prestataire de soins',
      de: 'Einen Gesundheitsdienstleister ausschließen',
    };
    for (const [lang, heading] of Object.entries(headings)) {
      await openHost(page, { login: 'anna', lang });
      const list = page.locator('te-exclusions');
      await expect(list.getByText('Jan Maes').first()).toBeVisible();
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${lang} list` }).toBeLessThanOrEqual(phone.width);
      await list.getByRole('link', { name: heading }).click();
      await expect(page.locator('te-declare-exclusion').getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${lang} form` }).toBeLessThanOrEqual(phone.width);
    }
  });
