import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, login, resetSandbox } from './support';

test.beforeEach(async ({ page }) => resetSandbox(page));

/** Marc logs in and acts for Tom, whose history is the longest (1,500 entries and more). */
async function actForTom(page: Page): Promise<void> {
  await login(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Tom Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
}

test("Tom's 1,500 entries page forward and back in the API's order, with the page in the URL", async ({ page }) => {
  await actForTom(page);
  const response = page.waitForResponse((r) => r.url().includes('/histories/') && r.url().includes('pageSize=1500'));
  await page.getByRole('link', { name: 'History' }).click();
  const entries = (await (await response).json()) as { timestamp: string }[];
  expect(entries).toHaveLength(1500);
  await expect(page.getByText('Page 1 of 60')).toBeVisible();
  const times = page.locator('.timeline time');
  // Every page, forward, once drawn: together they are the API's list, in its order, none repeated or skipped.
  for (let p = 1; p <= 60; p++) {
    await expect(page.getByText(`Page ${p} of 60`)).toBeVisible();
    await expect
      .poll(() => times.evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? '')), { message: `page ${p}` })
      .toEqual(entries.slice((p - 1) * 25, p * 25).map((e) => e.timestamp));
    if (p < 60) await page.getByRole('button', { name: 'Next page' }).click();
  }
  await expect(page).toHaveURL(/\?page=60$/);
  await page.goBack();
  await page.goBack();
  await expect(page.getByText('Page 58 of 60')).toBeVisible();
  await expect(page).toHaveURL(/\?page=58$/);
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText('Page 57 of 60')).toBeVisible();
  await expectNoAxeViolations(page, 'history');

  // A long history is a few steps away: first, last, or any page; the service's cap is said.
  await page.getByLabel('Go to page').selectOption('30');
  await expect(page.getByText('Page 30 of 60')).toBeVisible();
  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(page).toHaveURL(/\?page=60$/);
  await page.getByRole('button', { name: 'First page' }).click();
  await expect(page.getByText('Page 1 of 60')).toBeVisible();
  await expect(page.getByText(/^Only the latest 1[.,]500 changes are shown/)).toBeVisible();
  await expect(page.getByText(/^1[.,]500 changes$/)).toBeVisible();

  // Filters live in the URL (a reload keeps them); printing prints every change they select.
  await page.getByLabel('Change').selectOption('revoked');
  await expect(page).toHaveURL(/change=revoked/);
  await page.reload();
  await expect(page.getByLabel('Change')).toHaveValue('revoked');
  await expect(page.getByText(/^750 changes$/)).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.timeline-entry')).toHaveCount(750);
  await expect(page.getByText('This printout shows all 750 changes the filters select.')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.timeline-entry')).toHaveCount(25);
});

test("page 1 of Tom's long history paints from one small request; the rest follows for the other pages and the filters", async ({ page }) => {
  const sizes: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/histories/')) sizes.push(new URL(request.url()).searchParams.get('pageSize') ?? '');
  });
  // The whole history is held back until page 1 has been checked.
  let releaseRest: () => void = () => undefined;
  const restHeld = new Promise<void>((resolve) => (releaseRest = resolve));
  await page.route(/\/histories\/.*pageSize=1500/, async (route) => {
    await restHeld;
    await route.continue();
  });
  await actForTom(page);
  await page.getByRole('link', { name: 'History' }).click();

  await expect(page.locator('.timeline-entry')).toHaveCount(25);
  await expect(page.getByRole('status').filter({ hasText: 'Showing the newest changes; the older ones are loading…' })).toBeVisible();
  // The filters and buttons wait, disabled, where they will be: page 1 does not move when the rest comes.
  await expect(page.getByLabel('Change')).toBeDisabled();
  await expect(page.getByLabel('Care provider')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Download as CSV' })).toBeDisabled();
  expect(sizes).toEqual(['25', '1500']);
  await expectNoAxeViolations(page, 'history page 1 before the rest');
  const newest = page.locator('.timeline-entry').first();
  const before = await newest.boundingBox();

  releaseRest();
  await expect(page.getByText(/^1[.,]500 changes$/)).toBeVisible();
  await expect(page.getByText('Page 1 of 60')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'older ones are loading' })).toHaveCount(0);
  await expect(page.getByLabel('Change')).toBeEnabled();
  expect(await newest.boundingBox()).toEqual(before);
  // Page 1 is the same 25 entries either way: the newest, in the API's order.
  await expect(page.locator('.timeline-entry')).toHaveCount(25);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of 60')).toBeVisible();
  expect(sizes).toEqual(['25', '1500']);
});

test('when the rest of a long history fails, page 1 stays, the failure is said, and Try again (a click) loads the rest', async ({ page }) => {
  // Failing until told otherwise: the app's own retries of a 500 fail too.
  let failing = true;
  await page.route(/\/histories\/.*pageSize=1500/, async (route) => {
    if (failing) await route.fulfill({ status: 500, contentType: 'application/json', body: '[{"code":"INTERNAL_ERROR","message":"x"}]' });
    else await route.continue();
  });
  await actForTom(page);
  await page.getByRole('link', { name: 'History' }).click();

  const problem = page.getByRole('alert').filter({ hasText: 'The eHealth service has a technical problem.' });
  await expect(problem).toBeVisible();
  await expect(page.locator('.timeline-entry')).toHaveCount(25);
  await expect(page.getByRole('status').filter({ hasText: 'older ones are loading' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'history page 1, the rest failed');

  failing = false;
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText(/^1[.,]500 changes$/)).toBeVisible();
  await expect(problem).toHaveCount(0);
  await expect(page.getByText('Page 1 of 60')).toBeVisible();
});

test('a short history asks once, for one page', async ({ page }) => {
  const sizes: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/histories/')) sizes.push(new URL(request.url()).searchParams.get('pageSize') ?? '');
  });
  await login(page, 'anna', '/history');
  await expect(page.locator('.timeline-entry').first()).toBeVisible();
  await expect(page.getByLabel('Change')).toBeVisible();
  expect(sizes).toEqual(['25']);
});

test('a filter in the address waits for the whole history, then shows what it selects', async ({ page }) => {
  await actForTom(page);
  const whole = page.waitForRequest((r) => r.url().includes('/histories/') && r.url().includes('pageSize=1500'));
  await page.goto('/history?change=revoked');
  await whole;
  await expect(page.getByText(/^750 changes$/)).toBeVisible();
  await expect(page.getByLabel('Change')).toHaveValue('revoked');
  await expect(page.locator('.timeline-entry.declared')).toHaveCount(0);
});

test("anna's revoke appears at the top with the right author; an empty history is explained", async ({ page }) => {
  await login(page, 'anna');
  await page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  await page.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByText('The exclusion of Jan Maes has been revoked.')).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.locator('.timeline-entry').first()).toContainText('Revoked: Jan Maes, physician');
  await expect(page.locator('.timeline-entry').first()).toContainText('By you');
  await page.getByLabel('Change').selectOption('declared');
  await expect(page.getByText('2 changes')).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  // Logging out revokes the tokens, then ends the identity provider's session: wait until it says so.
  await expect(page.getByText('You have logged out.')).toBeVisible();
  await login(page, 'sofie', '/history');
  await expect(page.getByRole('heading', { name: 'No changes yet' })).toBeVisible();
  await expectNoAxeViolations(page, 'empty history');
});

test('declare then revoke appear at the top, filters narrow, the CSV equals the entries, print shows only the timeline', async ({ page }) => {
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await page.getByLabel('A pharmacy').check();
  await page.getByLabel('NIHII number of the pharmacy').fill('62045158');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await page.getByRole('button', { name: 'Revoke the exclusion of Apotheek Centrum' }).click();
  await page.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByText('The exclusion of Apotheek Centrum has been revoked.')).toBeVisible();

  const response = page.waitForResponse((r) => r.url().includes('/histories/'));
  await page.getByRole('link', { name: 'History' }).click();
  const entries = (await (await response).json()) as { timestamp: string; operation: string }[];
  const shown = page.locator('.timeline-entry');
  await expect(shown).toHaveCount(5);
  await expect(shown.nth(0)).toContainText('Revoked: Apotheek Centrum, pharmacy');
  // The application is named as patients know it (config.json), never by its client id.
  await expect(shown.nth(0)).toContainText('By you (through this app)');
  await expect(shown.nth(1)).toContainText('Excluded: Apotheek Centrum, pharmacy');

  await page.getByLabel('Change').selectOption('revoked');
  await expect(shown).toHaveCount(2);
  await page.getByLabel('Care provider').selectOption({ label: 'Apotheek Centrum, Pharmacy, 6-20451-58' });
  await expect(shown).toHaveCount(1);
  expect(page.url()).not.toMatch(/62045158|85071412330/);
  await expectNoAxeViolations(page, 'filtered history');
  await page.getByLabel('Change').selectOption('all');
  await page.getByLabel('Care provider').selectOption({ label: 'All care providers' });
  await expect(shown).toHaveCount(5);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('Date and time,Change,Care provider,Profession,Number,Done by');
  // Local times with their offset: the same instants as the API's, in the API's order.
  const times = lines.slice(1).map((line) => line.split(',')[0]!);
  for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{2}:\d{2}$/);
  expect(times.map((time) => Date.parse(time.replace(' ', 'T').replace(' ', '')))).toEqual(entries.map((e) => Date.parse(e.timestamp)));
  expect(lines[1]).toContain('Revoked,Apotheek Centrum,Pharmacy,6-20451-58');
  expect((await download).suggestedFilename()).toMatch(/^history-Anna-Peeters-\d{4}-\d{2}-\d{2}\.csv$/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download as CSV' })).toBeHidden();
  await expect(shown.first()).toBeVisible();
});

test('the CSV opens in Belgian Excel: semicolons in Dutch, the words of the language, no number in its name', async ({ page }) => {
  await login(page, 'anna');
  await page.getByLabel('Language').selectOption('nl');
  await page.getByRole('link', { name: 'Geschiedenis' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^geschiedenis-Anna-Peeters-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await file.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]!.split(';')).toHaveLength(6);
  expect(lines.slice(1).map((line) => line.split(';')[1])).toEqual(['Uitgesloten', 'Ingetrokken', 'Uitgesloten']);
});

test('a date range narrows the history and stays in the URL', async ({ page }) => {
  await login(page, 'anna');
  await page.getByRole('link', { name: 'History' }).click();
  const shown = page.locator('.timeline-entry');
  await expect(shown).toHaveCount(3);
  const days = await page
    .locator('.timeline time')
    .evaluateAll((els) =>
      els
        .map((e) => new Date(e.getAttribute('datetime')!))
        .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`),
    );
  await page.getByLabel('From').fill(days[1]!);
  await page.getByLabel('To').fill(days[1]!);
  await expect(shown).toHaveCount(1);
  await expect(page.getByText(/^1 change$/)).toBeVisible();
  await page.reload();
  await expect(shown).toHaveCount(1);
  await expectNoAxeViolations(page, 'date range');
});

test('in a long history, a provider far down the filter is chosen and stays chosen after a reload', async ({ page }) => {
  await actForTom(page);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByText('Page 1 of 60')).toBeVisible();
  const filter = page.getByLabel('Care provider');
  const options = filter.locator('option');
  // Every provider of the 1,500 entries is offered once drawn (Tom's 750 and "any": they come a
  // few hundred a frame), the last one far down the list.
  const count = 751;
  await expect(options).toHaveCount(count);
  const last = (await options.nth(count - 1).textContent())!;
  await filter.selectOption({ label: last });
  const shown = page.locator('.timeline-entry');
  const [name] = last.split(',');
  // Once drawn, only the chosen provider's entries remain.
  await expect(page.locator('.history-entries')).toHaveAttribute('aria-busy', 'false');
  await expect(shown.first()).toContainText(name!);
  await expect(shown.filter({ hasNotText: name! })).toHaveCount(0);
  await expect(filter.locator('option:checked')).toHaveText(last);
  const token = await filter.inputValue();
  await page.reload();
  await expect(page.getByLabel('Care provider')).toHaveValue(token);
  await expect(page.getByLabel('Care provider').locator('option:checked')).toHaveText(last);
  await expect(page.locator('.timeline-entry').first()).toContainText(name!);
  await expect(page.getByLabel('Care provider').locator('option')).toHaveCount(count);
});

type Asked = { notTime: string } | { provider: string };

/**
 * From the user's next click or choice on, records at every change of the history page whether
 * its entries are marked busy and whether they are the ones asked for (not the page holding the
 * entry of `notTime`; only `provider`'s entries).
 */
async function recordDrawnStates(page: Page, asked: Asked): Promise<() => Promise<{ busy: boolean; asked: boolean }[]>> {
  await page.evaluate((asked) => {
    const states: { busy: boolean; asked: boolean }[] = [];
    (window as unknown as { drawnStates: typeof states }).drawnStates = states;
    const isAsked = (entries: Element[]) =>
      'notTime' in asked
        ? !entries.some((e) => e.querySelector('time')?.getAttribute('datetime') === asked.notTime)
        : entries.length > 0 && entries.every((e) => e.textContent!.includes(asked.provider));
    const record = () => {
      const list = document.querySelector('.history-entries');
      if (list) states.push({ busy: list.getAttribute('aria-busy') === 'true', asked: isAsked([...list.querySelectorAll('.timeline-entry')]) });
    };
    const observer = new MutationObserver(record);
    const arm = () => observer.observe(document.querySelector('.history')!, { subtree: true, childList: true, attributes: true, characterData: true });
    window.addEventListener('pointerdown', arm, { capture: true, once: true });
    window.addEventListener('input', arm, { capture: true, once: true });
  }, asked);
  return () => page.evaluate(() => (window as unknown as { drawnStates: { busy: boolean; asked: boolean }[] }).drawnStates);
}

test('on a slow phone, the entries of the previous page or filter are marked as updating until the new ones are drawn', async ({ page }) => {
  await actForTom(page);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByText('Page 1 of 60')).toBeVisible();
  const filter = page.getByLabel('Care provider');
  // Every provider drawn (Tom's 750 and "any"), so that the last option is the list's last.
  await expect(filter.locator('option')).toHaveCount(751);
  const list = page.locator('.history-entries');
  const shown = page.locator('.timeline-entry');
  const firstOfPage1 = (await page.locator('.timeline time').first().getAttribute('datetime'))!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

  // Another page: page 1's entries never stand unmarked under "Page 2".
  let drawn = await recordDrawnStates(page, { notTime: firstOfPage1 });
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of 60')).toBeVisible();
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(shown).toHaveCount(25);
  await expect(page.locator('.timeline time').first()).not.toHaveAttribute('datetime', firstOfPage1);
  let states = await drawn();
  expect(states.filter((state) => state.busy).length, 'a state marked busy').toBeGreaterThan(0);
  expect(states.filter((state) => !state.busy && !state.asked)).toEqual([]);

  // A provider: until their entries are drawn, the others are marked busy and the status line says so.
  const last = (await filter.locator('option').last().textContent())!;
  const [name] = last.split(',');
  drawn = await recordDrawnStates(page, { provider: name! });
  await filter.selectOption({ label: last });
  // The control shows the choice at once, not the old one while the list is drawn.
  await expect(filter.locator('option:checked')).toHaveText(last);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(shown.first()).toContainText(name!);
  await expect(shown.filter({ hasNotText: name! })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^\d+ changes?$/ })).toBeVisible();
  states = await drawn();
  expect(states.filter((state) => state.busy).length, 'a state marked busy').toBeGreaterThan(0);
  expect(states.filter((state) => !state.busy && !state.asked)).toEqual([]);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expectNoAxeViolations(page, 'history filtered by a provider');
});
