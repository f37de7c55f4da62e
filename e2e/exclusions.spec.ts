import { expect, test } from '@playwright/test';
import { API_BASE, chooseProfession, expectNoAxeViolations, injectFault, login, PEOPLE, recordApiRequests, resetSandbox } from './support';
import { buildDirectory } from '../sandbox/data/directory';

test.beforeEach(async ({ page }) => resetSandbox(page));

test('declares a physician: exact body and headers over the wire, confirmation names the party', async ({ page }) => {
  const requests = recordApiRequests(page);
  await login(page, 'anna');
  await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page, 'form clean');
  await chooseProfession(page, 'phys', 'Physician');
  await page.getByLabel('National register number (INSZ / NISS)').fill('75.08.21-611.02');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();

  await expect(page).toHaveURL('/');
  await expect(page.getByText('Pieter Goossens is now excluded.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Pieter Goossens/ })).toContainText('Physician');

  const post = requests.find((r) => r.method() === 'POST')!;
  expect(post.url()).toBe(`${API_BASE}/therapeuticExclusions`);
  expect(post.postDataJSON()).toEqual({
    patient: { identifier: [{ type: 'ssin', value: PEOPLE.anna.ssin }] },
    hcParty: { identifier: [{ type: 'ssin', value: '75082161102' }], qualificationCode: 'persphysician' },
  });
  for (const request of requests) {
    const headers = await request.allHeaders();
    expect(headers.from).toBe('exclusions-sandbox@example.org');
    expect(headers.authorization).toMatch(/^Bearer ey/);
    expect(headers['user-agent']).not.toMatch(/myProduct|exclusions/i);
  }
  expect(requests.filter((r) => r.method() === 'POST')).toHaveLength(1);
});

test('declares a pharmacy, whose name with markup renders as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('68001750');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  const name = 'Apotheek <img src=x onerror=alert(1)> "De Linde" & Zn';
  await expect(page.getByRole('row', { name: /De Linde/ }).getByRole('rowheader')).toHaveText(name);
  await expect(page.locator('table img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a wrong check digit is caught at the field, no request is sent, and the summary takes focus', async ({ page }) => {
  const requests = recordApiRequests(page);
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await chooseProfession(page, 'nurse', 'Nurse');
  const ssin = page.getByLabel('National register number (INSZ / NISS)');
  // Leaving the field checks it there and then.
  await ssin.fill('8812014024');
  await page.keyboard.press('Tab');
  await expect(page.locator('#declare-ssin-error')).toHaveText('A national register number has 11 digits.');
  // Straight from the field to the button: the click lands (the blur check does not move it away).
  await ssin.fill('88120140246');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.locator('#declare-ssin-error')).toHaveText('This national register number is not valid: check the last two digits.');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /check the last two digits/ })).toBeVisible();
  await expect(page.getByLabel('National register number (INSZ / NISS)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^There is a problem: /);
  await expectNoAxeViolations(page, 'form with errors');
  expect(requests.filter((r) => r.method() === 'POST')).toHaveLength(0);
});

test('server codes land at their fields: VAL006 unknown practitioner, VAL008 wrong profession', async ({ page }) => {
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await chooseProfession(page, 'dent', 'Dentist');
  await page.getByLabel('National register number (INSZ / NISS)').fill('85073003328');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.locator('#declare-ssin-error')).toHaveText('The eHealth platform knows no care provider of this kind with this number.');

  await page.getByLabel('National register number (INSZ / NISS)').fill('88120140245');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.locator('#declare-profession-error')).toHaveText('This care provider is not registered with this profession. Check the profession.');
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
});

test('a duplicate (409), also under another profession, says "already excluded" with a link to it', async ({ page }) => {
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await chooseProfession(page, 'phys', 'Physician');
  await page.getByLabel('National register number (INSZ / NISS)').fill('75082161102');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText('Pieter Goossens is now excluded.')).toBeVisible();

  await page.goto('/exclusions/new');
  await chooseProfession(page, 'psych', 'Clinical psychologist');
  await page.getByLabel('National register number (INSZ / NISS)').fill('75082161102');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText('This care provider is already excluded.')).toBeVisible();
  await page.getByRole('link', { name: 'See the exclusion' }).click();
  await expect(page.getByText('Showing only 75.08.21-611.02.')).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveCount(1);
});

test('a 500 and a dropped connection: message, retry works, nothing typed is lost', async ({ page }) => {
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('62045158');
  await injectFault(page, { kind: 'error', method: 'POST' });
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText(/The exclusion was not sent\. The eHealth service has a technical problem\./)).toBeVisible();
  await expect(page.getByLabel('NIHII number of the pharmacy')).toHaveValue('62045158');

  // Two drops: Chromium silently retries a request whose reused connection closed without an answer.
  await injectFault(page, { kind: 'drop', method: 'POST', count: 2 });
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText(/The service could not be reached/)).toBeVisible();
  await resetSandbox(page);
  await page.reload();
  await expect(page.getByText('What you had typed has been restored.')).toBeVisible();
  await expect(page.getByLabel('NIHII number of the pharmacy')).toHaveValue('62045158');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText('Apotheek Centrum is now excluded.')).toBeVisible();
});

test('revokes after an accessible confirmation; a second tab then learns it was already revoked', async ({ page, context }) => {
  await login(page, 'anna');
  const other = await context.newPage();
  await other.goto('/');
  // The identity provider's session is shared: the second tab logs in without a question.
  await other.getByRole('button', { name: 'Log in' }).click();
  await expect(other.getByRole('row', { name: /Jan Maes/ })).toBeVisible();

  const revoke = page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' });
  await revoke.click();
  const dialog = page.getByRole('dialog', { name: 'Revoke the exclusion of Jan Maes?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page, 'dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();

  await revoke.click();
  const deleted = page.waitForRequest((r) => r.method() === 'DELETE');
  await dialog.getByRole('button', { name: 'Yes, revoke' }).click();
  expect(new URL((await deleted).url()).search).toBe(`?patientSsin=${PEOPLE.anna.ssin}&hcPartySsin=72051430150`);
  await expect(page.getByText('The exclusion of Jan Maes has been revoked.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();
  await expectNoAxeViolations(page, 'empty state');

  await other.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  await other.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(other.getByText('The exclusion of Jan Maes had already been revoked.')).toBeVisible();
  await expect(other.getByRole('row', { name: /Jan Maes/ })).toHaveCount(0);
});

test('consults all exclusions and one party with the API filter, and the list has no axe violations', async ({ page }) => {
  const requests = recordApiRequests(page);
  await login(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page, 'list');
  await page.getByLabel('Kind of care provider').selectOption('nihii');
  await page.getByRole('textbox', { name: 'NIHII number of the pharmacy' }).fill('62045158');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText('Showing only 6-20451-58.')).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveText([/Apotheek Centrum/]);
  expect(requests.map((r) => new URL(r.url()).search)).toContain('?hcPartyNihii=62045158');
});

test('a double click sends one POST', async ({ page }) => {
  const requests = recordApiRequests(page);
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('62045158');
  await injectFault(page, { kind: 'slow', delayMs: 1000, method: 'POST' });
  await page.getByRole('button', { name: 'Exclude', exact: true }).dblclick();
  await expect(page.getByText('Apotheek Centrum is now excluded.')).toBeVisible();
  expect(requests.filter((r) => r.method() === 'POST')).toHaveLength(1);
});

test('a POST that timed out and is retried into a 409 is reported as done, not as a failure', async ({ page }) => {
  // A 2-second client timeout against a 3-second server: the first answer is lost, the write is not.
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), apiTimeoutMs: 2000 } });
  });
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('62045158');
  await injectFault(page, { kind: 'slow', delayMs: 3000, method: 'POST' });
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await expect(page.getByText(/The exclusion was not sent\. The service took too long to answer\./)).toBeVisible();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Apotheek Centrum is now excluded.')).toBeVisible();
  await expect(page.getByText('This care provider is already excluded.')).toHaveCount(0);
});

test('a draft belongs to one profile: another profile never sees it', async ({ page }) => {
  await login(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exclude a care provider' })).toBeVisible();
  await page.getByLabel('National register number (INSZ / NISS)').fill('72051430150');

  await page.getByLabel('Acting for').selectOption({ label: 'Tom Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
  await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exclude a care provider' })).toBeVisible();
  await expect(page.getByLabel('National register number (INSZ / NISS)')).toHaveValue('');
  await expect(page.getByText('What you had typed has been restored.')).toHaveCount(0);

  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Lina Dubois, your child.')).toBeVisible();
  await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
  await expect(page.getByLabel('National register number (INSZ / NISS)')).toHaveValue('72051430150');
});

test('the profession picker works with the keyboard alone, in the current language', async ({ page }) => {
  await login(page, 'anna');
  await page.getByLabel('Taal').or(page.getByLabel('Language')).selectOption('nl');
  // The choice is kept once the page shows it (its messages have loaded), as the user sees it.
  await expect(page.getByLabel('Taal')).toBeVisible();
  await page.goto('/exclusions/new');
  const picker = page.getByRole('combobox', { name: 'Beroep' });
  await picker.focus();
  await page.keyboard.type('kine');
  await expect(page.getByRole('listbox', { name: 'Beroep' }).getByRole('option')).toHaveText(['Kinesitherapeut']);
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue('Kinesitherapeut');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await page.keyboard.type('83041712272');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sarah Willems is nu uitgesloten.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Sarah Willems/ })).toContainText('Kinesitherapeut');
});

test('a failed revocation keeps the dialog open with the message', async ({ page }) => {
  await login(page, 'anna');
  await injectFault(page, { kind: 'error', method: 'DELETE' });
  await page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke the exclusion of Jan Maes?' });
  await dialog.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The eHealth service has a technical problem.');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByText('The exclusion of Jan Maes has been revoked.')).toBeVisible();
});

test('on a phone no page scrolls sideways; the exclusions are cards with their Revoke button in view', async ({ browser }) => {
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 320, height: 700 },
  ]) {
    const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true, locale: 'en-GB' });
    const page = await context.newPage();
    await login(page, 'marc');
    // Below 40rem the header's tools fold behind "Options".
    await page.getByRole('button', { name: 'Options' }).click();
    await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
    await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await expect.poll(pageWidth, { message: `page width at ${viewport.width} px` }).toBe(viewport.width);
    for (const button of await page.getByRole('button', { name: /^Revoke the exclusion/ }).all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width, `Revoke at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
    }
    await expectNoAxeViolations(page, `list at ${viewport.width} px`);
    for (const [link, heading] of [
      ['Exclude a care provider', 'Exclude a care provider'],
      ['History', 'History of changes'],
    ]) {
      await page.getByRole('link', { name: link }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect.poll(pageWidth, { message: `${heading} at ${viewport.width} px` }).toBe(viewport.width);
    }
    await context.close();
  }
});

test('a long list (61 exclusions) shows every row once drawn, and its last row is revoked by mouse', async ({ page }) => {
  const requests = recordApiRequests(page);
  await login(page, 'anna');
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
  const authorization = (await requests[0]!.allHeaders()).authorization!;
  // Sixty providers of the sandbox's directory, declared through the API as another app would.
  const providers = buildDirectory().practitioners.slice(5, 65);
  for (const provider of providers) {
    const answer = await page.request.post(`${API_BASE}/therapeuticExclusions`, {
      headers: { Authorization: authorization, From: 'e2e@example.org' },
      data: {
        patient: { identifier: [{ type: 'ssin', value: PEOPLE.anna.ssin }] },
        hcParty: { identifier: [{ type: 'ssin', value: provider.ssin }], qualificationCode: provider.professions[0] },
      },
    });
    expect(answer.status()).toBe(201);
  }
  // Opened again (the list is read anew), then drawn again from memory after a visit to the history.
  await page.reload();
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(61);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History of changes' })).toBeVisible();
  await page.getByRole('link', { name: 'Exclusions', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Excluded care providers' })).toBeVisible();
  await expect(rows).toHaveCount(61);
  // Each provider by the number the list prints (YY.MM.DD-XXX.CC).
  const printed = providers.map(({ ssin }) => `${ssin.slice(0, 2)}.${ssin.slice(2, 4)}.${ssin.slice(4, 6)}-${ssin.slice(6, 9)}.${ssin.slice(9)}`);
  // textContent: rows far off screen are not laid out (content-visibility: auto), so innerText is empty.
  await expect
    .poll(
      async () => {
        const shown = await rows.allTextContents();
        return printed.filter((number) => !shown.some((row) => row.includes(number)));
      },
      { message: 'providers not in the list' },
    )
    .toEqual([]);
  await expectNoAxeViolations(page, 'a list of 61');
  const lastName = (await rows.last().getByRole('rowheader').textContent())!;
  await rows.last().getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByText(`The exclusion of ${lastName} has been revoked.`)).toBeVisible();
  await expect(rows).toHaveCount(60);
});
