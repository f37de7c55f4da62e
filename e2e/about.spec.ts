/**
 * "What an exclusion does and does not do": reached from the list, the form and the revoke
 * dialog, by mouse and by keyboard, in Dutch, French and English, on a phone and a desktop.
 * Every statement on it shows its public sources, or says that none was found.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseProfession, expectNoAxeViolations, login, resetSandbox } from './support';

test.beforeEach(async ({ page }) => resetSandbox(page));

/** The user's own choice of language, before the first page loads. */
async function speak(page: Page, language: string): Promise<void> {
  await page.addInitScript((lang) => localStorage.setItem('te.language', lang), language);
}

/** Every statement shows sources (links to public pages) or the "no source" note; returns how many of each. */
async function expectEveryStatementSourced(page: Page, sourcesLabel: string, unanswered: string): Promise<{ sourced: number; open: number }> {
  const statements = page.locator('.about-statements > li');
  await expect.poll(() => statements.count()).toBeGreaterThanOrEqual(10);
  let sourced = 0;
  let open = 0;
  for (const statement of await statements.all()) {
    const links = statement.getByRole('link');
    if ((await links.count()) > 0) {
      await expect(statement).toContainText(sourcesLabel);
      for (const link of await links.all()) await expect(link).toHaveAttribute('href', /^https?:\/\/[^/]+\.(be|com)\//);
      sourced++;
    } else {
      await expect(statement).toContainText(unanswered);
      open++;
    }
  }
  return { sourced, open };
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`nl at ${viewport.width} px: a mouse click on the list's link opens the page, every statement with its sources`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await speak(page, 'nl');
    await login(page, 'anna');
    await page.getByRole('link', { name: 'Wat doet een uitsluiting?' }).click();

    const heading = page.getByRole('heading', { level: 1, name: 'Wat een uitsluiting wel en niet doet' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(/^Wat een uitsluiting wel en niet doet – /);
    await expect(page).toHaveURL(/\/about-exclusions$/);
    for (const section of [
      'Wat een uitsluiting tegenhoudt',
      'Wat ze niet tegenhoudt',
      'Krijgt de zorgverlener het te horen?',
      'Van gedachten veranderen',
      'Wie dit kan doen',
      'Waar u hulp vindt',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByText('Eén uitsluiting geldt in elke Belgische hub')).toBeVisible();
    await expect(page.getByText(/verandert niets aan de toegang tot het dossier dat een ziekenhuis/)).toBeVisible();
    const counts = await expectEveryStatementSourced(page, 'Bronnen:', 'Geen openbare bron gevonden');
    // Only whether the provider is told has no public answer, and the page says so.
    expect(counts.open).toBe(1);
    await expect(page.getByRole('link', { name: /^CoZo \(Collaboratief Zorgplatform\): Kan ik ervoor zorgen/ }).first()).toHaveAttribute('rel', 'noreferrer');
    if (viewport.width === 390) await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, `about nl ${viewport.width}`);

    await page.getByRole('link', { name: 'Terug naar de uitsluitingen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uitgesloten zorgverleners' })).toBeFocused();
  });
}

test('fr, keyboard only: from the form to the page and back, the typed number is still there', async ({ page }) => {
  await speak(page, 'fr');
  await login(page, 'marc');
  await page.goto('/exclusions/new');
  await chooseProfession(page, 'kiné', 'Kinésithérapeute');
  const ssin = page.getByLabel(/^Numéro de registre national/);
  await ssin.fill('85.07.30-033.28');

  const link = page.getByRole('link', { name: 'Que fait une exclusion ?' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ce qu’une exclusion fait et ne fait pas' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Le prestataire de soins est-il prévenu ?' })).toBeVisible();
  await expect(page.getByText('Aucune source publique trouvée')).toBeVisible();
  await expectEveryStatementSourced(page, 'Sources :', 'Aucune source publique trouvée');
  await expectNoAxeViolations(page, 'about fr');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Exclure un prestataire de soins' })).toBeVisible();
  await expect(page.getByLabel(/^Numéro de registre national/)).toHaveValue('85.07.30-033.28');
  await expect(page.getByRole('combobox', { name: 'Profession' })).toHaveValue('Kinésithérapeute');
});

test('en: the revoke dialog links to the page; following it closes the dialog and revokes nothing', async ({ page }) => {
  await login(page, 'anna');
  await page.getByRole('button', { name: 'Revoke the exclusion of Jan Maes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke the exclusion of Jan Maes?' });
  await expect(dialog.getByRole('link', { name: 'What does an exclusion do?' })).toBeVisible();
  await expectNoAxeViolations(page, 'revoke dialog with the link');
  await dialog.getByRole('link', { name: 'What does an exclusion do?' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'What an exclusion does and does not do' })).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('You can revoke an exclusion at any time, from the list of exclusions.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the exclusions' }).click();
  await expect(page.getByRole('row', { name: /Jan Maes/ })).toBeVisible();
});

test('the page is public: linked from the login panel, it reads before logging in, follows a language change, and leads to the login', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'What does an exclusion do?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What an exclusion does and does not do' })).toBeFocused();
  await expect(page).toHaveURL(/\/about-exclusions$/);
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 1, name: 'Was ein Ausschluss bewirkt und was nicht' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Erfährt der Gesundheitsdienstleister davon?' })).toBeVisible();
  await expectEveryStatementSourced(page, 'Quellen:', 'Keine öffentliche Quelle gefunden');
  await expectNoAxeViolations(page, 'about de, logged out');
  // Back leads to the login.
  await page.getByRole('link', { name: 'Zurück zu den Ausschlüssen' }).click();
  await expect(page.getByRole('button', { name: 'Anmelden' })).toBeVisible();
});
