import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, login, resetSandbox } from './support';

/** Sums the page's layout shifts (what CLS counts), from its first paint on. */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
}

const LANGUAGES = [
  { code: 'nl', name: 'Nederlands', heading: 'Aanmelden', title: 'Therapeutische uitsluitingen' },
  { code: 'fr', name: 'Français', heading: 'Se connecter', title: 'Exclusions thérapeutiques' },
  { code: 'de', name: 'Deutsch', heading: 'Anmelden', title: 'Therapeutische Ausschlüsse' },
  { code: 'en', name: 'English', heading: 'Log in', title: 'Therapeutic exclusions' },
];

test.describe('app shell', () => {
  for (const language of LANGUAGES) {
    test(`shows the shell in ${language.name} with no axe violations`, async ({ page }) => {
      await page.goto('/');
      await page.getByLabel(/^(Language|Taal|Langue|Sprache)$/).selectOption(language.code);
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.heading);
      await expect(page).toHaveTitle(`${language.heading} – ${language.title}`);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expectNoAxeViolations(page, language.code);
    });
  }

  test('keeps the chosen language across a reload and offers a skip link', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Language').selectOption('fr');
    // The choice is kept once the page shows it (its messages have loaded), as the user sees it.
    await expect(page.getByLabel('Langue')).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu principal' })).toBeFocused();
  });

  test('the default language follows the browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-BE' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await context.close();
  });

  test('the first paint, before the app runs, is the page it then renders: same language, nothing moves', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-BE' });
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Hold the app's entry script (the dev server's /src/main.tsx, the build's /assets/index-*.js).
    await page.route(/\/(src\/main\.tsx|assets\/index-[\w-]+\.js)$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'commit' });
    const shellHeading = page.locator('.app-shell h1');
    await expect(shellHeading).toHaveText('Se connecter', { useInnerText: true });
    await expect(page.locator('.app-shell .lead')).toHaveText(/^Avec ce service/, { useInnerText: true });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const boxes = () =>
      page.evaluate(() => ['h1', '.lead', '.site-header', '.site-footer'].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON()));
    const before = await boxes();
    await expectNoAxeViolations(page, 'first paint');

    release();
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
    await expect(page.locator('.app-shell')).toHaveCount(0);
    expect(await boxes()).toEqual(before);
    await context.close();
  });

  test('login → list, and a reload of the list: the logged-in frame is drawn first, so nothing moves', async ({ page }) => {
    await resetSandbox(page);
    const layoutShift = await recordLayoutShifts(page);
    await login(page, 'anna');
    await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
    expect(await layoutShift()).toBeLessThan(0.01);

    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/(src\/main\.tsx|assets\/index-[\w-]+\.js)$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await expect(page.locator('.app-shell nav a[data-page="exclusions"]')).toHaveText('Exclusions', { useInnerText: true });
    await expect(page.locator('.app-shell .loading')).toHaveText('Logging you in…', { useInnerText: true });
    await expectNoAxeViolations(page, 'first paint, logged in');
    release();
    await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You are managing your own exclusions.' })).toBeVisible();
    expect(await layoutShift()).toBeLessThan(0.01);
  });

  test('the messages cannot be loaded: a message in the four languages, never a blank page', async ({ page }) => {
    await page.route(/\/(src\/i18n\/messages\/en\.ts|assets\/en-[\w-]+\.js)/, (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laden mislukt. Herlaad de pagina.');
    await expect(page.getByText('Loading failed. Reload the page.')).toBeVisible();
    await expect(page.getByText('Le chargement a échoué. Rechargez la page.')).toBeVisible();
    await expectNoAxeViolations(page, 'messages not loaded');
  });

  test('an unknown address shows a not-found page, without violations', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a broken configuration file shows what is wrong, never a blank page', async ({ page }) => {
    await page.route('**/config.json', (route) => route.fulfill({ json: { environment: 'staging' } }));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The app is not configured correctly');
    await expect(page.getByText(/environment/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
