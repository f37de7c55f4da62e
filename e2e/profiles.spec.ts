import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, injectFault, login, resetSandbox } from './support';

test.beforeEach(async ({ page }) => resetSandbox(page));

test('marc switches to Lina, Tom and himself; with a slow API no frame shows the previous profile\'s rows', async ({ page }) => {
  await login(page, 'marc');
  await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();
  // Sample every render: rows on screen must always belong to the profile named in the banner.
  await page.evaluate(() => {
    const w = window as unknown as { frames_: string[] };
    w.frames_ = [];
    new MutationObserver(() => {
      const banner = document.querySelector('.acting-for')?.textContent ?? '';
      const rows = [...document.querySelectorAll('table tbody tr th')].map((th) => th.textContent).join('|');
      w.frames_.push(`${banner} => ${rows}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await injectFault(page, { kind: 'slow', delayMs: 1500, count: 3, method: 'GET' });
  await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Lina Dubois, your child.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();
  await page.getByLabel('Acting for').selectOption({ label: 'Tom Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();
  await page.getByLabel('Acting for').selectOption({ label: 'Marc Dubois (yourself)' });
  await expect(page.getByText('You are managing your own exclusions.')).toBeVisible();

  const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
  const linaRows = ['Els Wouters', 'Apotheek Centrum'];
  for (const frame of frames) {
    if (!frame.includes('Lina Dubois')) for (const row of linaRows) expect(frame).not.toContain(row);
  }
  expect(frames.some((f) => f.includes('Lina Dubois') && f.includes('Els Wouters'))).toBe(true);
});

test('sofie can act for Georges; Maria is listed but disabled, with the reason', async ({ page }) => {
  await login(page, 'sofie');
  const switcher = page.getByLabel('Acting for');
  await expect(switcher.locator('option', { hasText: 'Maria Lambert' })).toBeDisabled();
  await expect(page.getByText('Maria Lambert: the mandate does not cover managing medical data, so you cannot act for this person here.')).toBeVisible();
  await expectNoAxeViolations(page, 'switcher');
  await switcher.selectOption({ label: 'Georges Lambert, mandate' });
  await expect(page.getByText('You are managing the exclusions of Georges Lambert, who gave you a mandate.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Luc Lemaire/ })).toBeVisible();
  await expectNoAxeViolations(page, 'banner');
});

test('history: Tom\'s 1,500 entries page forward and back in the API\'s order, with the page in the URL', async ({ page }) => {
  await login(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Tom Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
  const response = page.waitForResponse((r) => r.url().includes('/histories/'));
  await page.getByRole('link', { name: 'History' }).click();
  const entries = (await (await response).json()) as { timestamp: string }[];
  expect(entries).toHaveLength(1500);
  await expect(page.getByText('Page 1 of 60')).toBeVisible();
  const seen: string[] = [];
  for (let p = 1; p <= 3; p++) {
    seen.push(...(await page.locator('.timeline time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))));
    if (p < 3) await page.getByRole('button', { name: 'Next page' }).click();
  }
  await expect(page).toHaveURL(/\?page=3$/);
  expect(seen).toEqual(entries.slice(0, 75).map((e) => e.timestamp));
  await page.goBack();
  await expect(page.getByText('Page 2 of 60')).toBeVisible();
  await expectNoAxeViolations(page, 'history');
});

test('history: anna\'s revoke appears at the top with the right author; an empty history is explained', async ({ page }) => {
  await login(page, 'anna');
  await page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  await page.getByRole('button', { name: 'Yes, revoke' }).click();
  await expect(page.getByText('The exclusion of Jan Maes has been revoked.')).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.locator('.timeline-entry').first()).toContainText('Revoked the exclusion of Jan Maes, physician');
  await expect(page.locator('.timeline-entry').first()).toContainText('By you');
  await page.getByLabel('Change').selectOption('declared');
  await expect(page.getByText('2 changes')).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await login(page, 'sofie', '/history');
  await expect(page.getByRole('heading', { name: 'No changes yet' })).toBeVisible();
  await expectNoAxeViolations(page, 'empty history');
});
