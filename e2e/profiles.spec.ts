import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, IDP, injectFault, login, resetSandbox } from './support';

test.beforeEach(async ({ page }) => resetSandbox(page));

test("marc switches to Lina, Tom and himself; with a slow API no frame shows the previous profile's rows", async ({ page }) => {
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

test('sofie can act for Georges; Maria is listed by SSIN but disabled, with the reason', async ({ page }) => {
  await login(page, 'sofie');
  const switcher = page.getByLabel('Acting for');
  // The login token names no relative, and no token is ever asked for Maria: she keeps her SSIN.
  await expect(switcher.locator('option', { hasText: 'Mandate · 42.04.04-222.83' })).toBeDisabled();
  await expect(
    page.getByText('Mandate · 42.04.04-222.83: the mandate does not cover managing medical data, so you cannot act for this person here.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'switcher');
  await switcher.selectOption({ label: 'Georges Lambert, mandate' });
  await expect(page.getByText('You are managing the exclusions of Georges Lambert, who gave you a mandate.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Luc Lemaire/ })).toBeVisible();
  await expectNoAxeViolations(page, 'banner');
});

test("a reload while acting for Tom shows his history, and his, the user's and Lina's exchanges need no read of the identity provider's metadata (its token endpoint is kept for the tab)", async ({
  page,
}) => {
  await login(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Tom Dubois, your child' });
  await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History of changes');

  const toIdp: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(IDP)) toIdp.push(new URL(request.url()).pathname);
  });
  await page.reload();
  await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
  // Tom's, Marc's own (the access check) and Lina's (her name for the switcher) exchanges.
  await expect.poll(() => toIdp.filter((path) => path.endsWith('/token')).length).toBe(3);
  expect(toIdp.filter((path) => path.endsWith('/.well-known/openid-configuration'))).toHaveLength(0);
});

test('a reload while acting for a child, on a phone: the page does not move down when the session is restored', async ({ page }) => {
  await login(page, 'marc');
  await page.getByLabel('Acting for').selectOption({ label: 'Tom Dubois, your child' });
  const banner = page.getByText('You are managing the exclusions of Tom Dubois, your child.');
  await expect(banner).toBeVisible();

  // Where the app’s <main> starts in the page (not the viewport: a reload restores the scroll), in every frame from the app’s first one.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const tops: number[] = [];
    (window as unknown as { mainTops_: number[] }).mainTops_ = tops;
    const sample = () => {
      const main = document.getElementById('main');
      if (main) tops.push(Math.round(main.getBoundingClientRect().top + window.scrollY));
      if (tops.length < 300) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  // A phone's CPU: at full speed the frame before the session is restored may never be painted.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.reload();
  await expect(banner).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const tops = await page.evaluate(() => (window as unknown as { mainTops_: number[] }).mainTops_);
  expect(tops.length).toBeGreaterThan(0);
  expect([...new Set(tops)]).toEqual([tops.at(-1)]);
});
