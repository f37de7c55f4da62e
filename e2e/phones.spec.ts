import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, injectFault, login, PEOPLE, resetSandbox } from './support';

const listPath = (ssin: string) => `/therapeuticExclusions/${ssin}`;

// Every page and state a patient can reach, in each language, on the two phone widths patients
// have most (320: an old or small phone; 390: a current one). German's compounds are the longest.
const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;
const WIDTHS = [320, 390] as const;

// Layout is the same in the dev server and the production build: this spec runs on the production
// project (on both Chromiums: npm run test:e2e:other-chromium).
test.beforeEach(async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'production', 'layout: checked on the production build');
  await resetSandbox(page);
});

/**
 * Once the page has settled: nothing wider than the screen, and no axe violation. On a phone the
 * browser widens its layout viewport to content that does not fit (and shrinks the text), so the
 * page's width is held to the phone's, not to innerWidth alone.
 */
async function expectFits(page: Page, state: string): Promise<void> {
  const width = page.viewportSize()!.width;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth)), {
      message: `${state}: scrollWidth <= innerWidth = ${width}`,
    })
    .toBeLessThanOrEqual(width);
  // A form control cut off at the edge scrolls nothing but is unreadable all the same.
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('input, select, button, textarea')]
            .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
            .filter((el) => {
              const box = el.getBoundingClientRect();
              return box.left < 0 || box.right > window.innerWidth + 0.5;
            })
            .map((el) => el.id || el.getAttribute('name') || el.textContent?.trim() || el.tagName),
        ),
      { message: `${state}: every control whole on screen` },
    )
    .toEqual([]);
  await expectNoAxeViolations(page, state);
}

for (const language of LANGUAGES) {
  for (const width of WIDTHS) {
    test.describe(`${language} at ${width} px`, () => {
      test.use({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
      test.beforeEach(async ({ page }) => {
        await page.addInitScript((lang) => localStorage.setItem('te.language', lang), language);
      });

      test('login, about and not-found pages fit the screen', async ({ page }) => {
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectFits(page, `${language} ${width} login`);
        await page.goto('/about');
        await expectFits(page, `${language} ${width} about`);
        await page.goto('/no-such-page');
        await expectFits(page, `${language} ${width} not found`);
      });

      test('the list (empty and with rows), the header tools, the declare form with its errors and the history fit the screen', async ({ page }) => {
        await login(page, 'marc');
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectFits(page, `${language} ${width} empty list`);
        await page.locator('button[aria-controls="header-tools"]').click();
        await expect(page.locator('#profile-switcher')).toBeVisible();
        await expectFits(page, `${language} ${width} header tools open`);
        // Lina: two exclusions, and a history.
        await page.locator('#profile-switcher').selectOption({ index: 1 });
        await expect(page.getByRole('row')).toHaveCount(3);
        await expectFits(page, `${language} ${width} list`);

        await page.locator('a[href="/exclusions/new"]').first().click();
        await expect(page.locator('form button[type="submit"]')).toBeVisible();
        await expectFits(page, `${language} ${width} declare`);
        await page.locator('form button[type="submit"]').click();
        await expect(page.locator('.error-summary')).toBeFocused();
        await expectFits(page, `${language} ${width} declare with errors`);

        await page.locator('a[href="/history"]').first().click();
        await expect(page.locator('.timeline-entry').first()).toBeVisible();
        await expectFits(page, `${language} ${width} history`);
      });

      test('the no-access page fits the screen', async ({ page }) => {
        await login(page, 'victor');
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectFits(page, `${language} ${width} no access`);
      });

      test('a server error fits the screen', async ({ page }) => {
        await injectFault(page, { kind: 'error', method: 'GET', path: listPath(PEOPLE.anna.ssin), count: 3 });
        await login(page, 'anna');
        await expect(page.getByRole('alert')).toBeVisible();
        await expectFits(page, `${language} ${width} server error`);
      });
    });
  }
}
