/**
 * Where a patient's hands differ from the other specs: a mouse click straight from a field, the
 * keyboard alone, a 390 × 844 phone, French and Dutch. Each assertion is made once the answer has
 * settled, not on the first frame that shows it.
 */
import { expect, test, type Page } from '@playwright/test';
import { API_BASE, chooseProfession, expectNoAxeViolations, login, recordApiRequests, resetSandbox } from './support';

test.beforeEach(async ({ page }) => resetSandbox(page));

/** Long enough for anything scheduled after a blur (250 ms) to have run. */
const settle = (page: Page) => page.waitForTimeout(800);

test('a server answer shown at a field stays after a mouse click on Exclude, until that field changes', async ({ page }) => {
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await chooseProfession(page, 'phys', 'Physician');
  const ssin = page.getByLabel('National register number (INSZ / NISS)');
  await ssin.fill('85.07.30-033.28');
  const answered = page.waitForResponse((r) => r.url().startsWith(`${API_BASE}/therapeuticExclusions`) && r.request().method() === 'POST');
  // Straight from the field to the button with the mouse: the field's blur and the click race.
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  expect((await answered).status()).toBe(400);
  await settle(page);
  const message = 'The eHealth platform knows no care provider of this kind with this number.';
  await expect(page.locator('#declare-ssin-error')).toHaveText(message);
  await expect(ssin).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(message);

  // The same for a pharmacy number the platform does not know.
  await page.getByLabel('A pharmacy').check();
  const nihii = page.getByLabel('NIHII number of the pharmacy');
  await nihii.fill('68001751');
  await page.getByRole('button', { name: 'Exclude', exact: true }).click();
  await settle(page);
  await expect(page.locator('#declare-nihii-error')).toHaveText(message);
  await expect(nihii).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'server error at the field');

  // Changing the field is what clears it.
  await nihii.fill('6800175');
  await expect(page.locator('#declare-nihii-error')).not.toHaveText(message);
});

test('keyboard only: Tab out of the empty profession field reaches the number; Tab stays in the dialog; after "Yes, revoke" focus is on the outcome', async ({
  page,
}) => {
  await login(page, 'anna');
  await page.goto('/exclusions/new');
  await page.getByRole('combobox', { name: 'Profession' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('National register number (INSZ / NISS)')).toBeFocused();

  await page.goto('/');
  const revoke = page.getByRole('button', { name: /^Revoke/ }).first();
  await revoke.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  const cancel = dialog.getByRole('button', { name: 'Cancel' });
  const confirm = dialog.getByRole('button', { name: 'Yes, revoke' });
  const explanation = dialog.getByRole('link', { name: 'What does an exclusion do?' });
  await expect(cancel).toBeFocused();
  // From the last to the first and back: link, confirm, cancel, and never out of the dialog.
  await page.keyboard.press('Tab');
  await expect(explanation).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await settle(page);
  const outcome = page.locator('.flash-region');
  await expect(outcome).toBeFocused();
  await expect(outcome).toContainText('has been revoked');
  // The next Tab goes on from there, not back to the skip link.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).not.toBeFocused();
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  const cases = [
    {
      language: 'fr',
      persona: 'marc',
      relative: 'Lina Dubois, votre enfant',
      actingFor: 'Vous agissez pour',
      tools: 'Options',
      revoke: 'Révoquer',
      rows: ['Els Wouters', 'Apotheek Centrum'],
    },
    {
      language: 'nl',
      persona: 'sofie',
      relative: 'Georges Lambert, mandaat',
      actingFor: 'U handelt voor',
      tools: 'Opties',
      revoke: 'Intrekken',
      rows: ['Luc Lemaire'],
    },
  ];
  for (const c of cases) {
    test(`${c.language}, ${c.persona}: the header folds, each Revoke button is whole on screen, numbers stay on one line`, async ({ page }) => {
      await login(page, c.persona);
      // The tools are behind one button: the language picker is out of sight until it is opened.
      await expect(page.getByLabel('Language')).toBeHidden();
      await page.getByRole('button', { name: 'Options' }).click();
      await page.getByLabel('Language').selectOption(c.language);
      await expect(page.getByRole('button', { name: c.tools })).toHaveAttribute('aria-expanded', 'true');
      await page.getByLabel(c.actingFor).selectOption({ label: c.relative });
      // Switching folds the tools again, and the page starts near the top.
      await expect(page.getByLabel(c.actingFor)).toBeHidden();
      for (const name of c.rows) await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
      await settle(page);

      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const buttons = page.locator('td.actions').getByRole('button');
      await expect(buttons).toHaveText(c.rows.map(() => c.revoke));
      for (const button of await buttons.all()) {
        const box = (await button.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        await expect.poll(() => button.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      }
      for (const number of await page.locator('td.number').all()) {
        await expect
          .poll(() =>
            number.evaluate(
              (el) => el.getClientRects().length === 1 && el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).lineHeight || '24'),
            ),
          )
          .toBe(true);
      }
      await expectNoAxeViolations(page, `phone list ${c.language}`);

      // The folded header leaves the content in view: the heading starts in the top half.
      await page.evaluate(() => window.scrollTo(0, 0));
      const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(heading.y).toBeLessThan(844 / 2);
    });
  }

  test('after moving to another page the view starts at its heading; the tools open by keyboard too', async ({ page }) => {
    await login(page, 'anna');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('link', { name: 'History' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'History of changes' });
    await expect(heading).toBeFocused();
    await settle(page);
    // Scrolled to the heading, or as far towards it as the page's length allows.
    const view = await heading.evaluate((h) => ({
      top: h.getBoundingClientRect().top + window.scrollY,
      scrolled: window.scrollY,
      most: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(Math.abs(view.scrolled - Math.min(view.top, view.most))).toBeLessThanOrEqual(2);
    expect(view.top - view.scrolled).toBeGreaterThanOrEqual(0);

    const tools = page.getByRole('button', { name: 'Options' });
    await tools.focus();
    await page.keyboard.press('Enter');
    await expect(tools).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await expectNoAxeViolations(page, 'phone tools open');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Log out' })).toBeHidden();
  });
});

test.describe('understood by a patient', () => {
  test("the number field says whose number it is, and the patient's or one's own number is caught before anything is sent", async ({ page }) => {
    const requests = recordApiRequests(page);
    await login(page, 'marc');
    await page.getByLabel('Acting for').selectOption({ label: 'Lina Dubois, your child' });
    await page.getByRole('link', { name: 'Exclude a care provider' }).first().click();
    const ssin = page.getByLabel('The care provider’s national register number (INSZ / NISS)');
    await expect(page.getByText('Not your own number: the care provider’s. Ask the care provider or their practice for it.', { exact: false })).toBeVisible();
    await chooseProfession(page, 'doc', 'Physician');
    await ssin.fill('15.06.10-234.46');
    await page.getByRole('button', { name: 'Exclude', exact: true }).click();
    await expect(page.locator('#declare-ssin-error')).toHaveText(
      'This is the national register number of the person whose exclusions you manage, not a care provider’s. Enter the care provider’s number.',
    );
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await ssin.fill('79030204523');
    await ssin.press('Enter');
    await expect(page.locator('#declare-ssin-error')).toHaveText(
      'This is your own national register number, not a care provider’s. Enter the care provider’s number.',
    );
    expect(requests.filter((r) => r.method() === 'POST')).toHaveLength(0);
    await expectNoAxeViolations(page, 'own number');
  });

  test('the profession picker finds what people type, in any language, and says when nothing matches', async ({ page }) => {
    await login(page, 'anna');
    await page.goto('/exclusions/new');
    const picker = page.getByRole('combobox', { name: 'Profession' });
    const typedToFirst = [
      ['GP', 'Physician'],
      ['huisarts', 'Physician'],
      ['médecin généraliste', 'Physician'],
      ['Hausarzt', 'Physician'],
      ['kiné', 'Physiotherapist'],
      ['tandarts', 'Dentist'],
    ] as const;
    for (const [typed, first] of typedToFirst) {
      await picker.fill(typed);
      await expect(page.getByRole('listbox', { name: 'Profession' }).getByRole('option').first()).toHaveText(first);
    }
    await picker.fill('xyzzy');
    await expect(page.getByText('No profession matches “xyzzy”.')).toBeVisible();
    await expect(page.getByRole('listbox', { name: 'Profession' })).toBeHidden();
    await expectNoAxeViolations(page, 'no profession matches');
    // Chosen by keyboard from a synonym.
    await picker.fill('dokter');
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await expect(picker).toHaveValue('Physician');
  });

  test('the look-up: a provider who is not excluded can be excluded from there; a new search forgets the old answer', async ({ page }) => {
    await login(page, 'anna');
    const lookup = page.getByRole('group', { name: 'Look up one care provider' });
    await lookup.getByLabel('Kind of care provider').selectOption('nihii');
    await lookup.getByLabel('NIHII number of the pharmacy').fill('123');
    await lookup.getByRole('button', { name: 'Look up' }).click();
    await expect(lookup.locator('.field-error')).toBeVisible();
    // Another kind: the message about the other kind's number goes.
    await lookup.getByLabel('Kind of care provider').selectOption('ssin');
    await expect(lookup.locator('.field-error')).toHaveCount(0);

    const number = lookup.getByLabel('The care provider’s national register number (INSZ / NISS)');
    await number.fill('88120140245');
    await lookup.getByRole('button', { name: 'Look up' }).click();
    await expect(page.getByText('88.12.01-402.45 is not excluded.')).toBeVisible();
    await number.fill('8812014024');
    await expect(page.getByText('88.12.01-402.45 is not excluded.')).toHaveCount(0);
    await number.fill('88120140245');
    await number.press('Enter');
    await page.getByRole('link', { name: 'Exclude this care provider' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exclude a care provider' })).toBeVisible();
    await expect(page.getByLabel('The care provider’s national register number (INSZ / NISS)')).toHaveValue('88.12.01-402.45');
    expect(page.url()).not.toContain('88120140245');
    await expectNoAxeViolations(page, 'prefilled from the look-up');
  });

  test('a revoked exclusion in the history can be excluded again, the provider filled in', async ({ page }) => {
    await login(page, 'anna');
    await page.getByRole('link', { name: 'History' }).click();
    const again = page.getByRole('link', { name: 'Exclude again: Pharmacie du Parc' });
    await expect(again).toHaveCount(1);
    // Only the provider's latest change offers it: Jan Maes is excluded now.
    await expect(page.getByRole('link', { name: /^Exclude again/ })).toHaveCount(1);
    await again.click();
    await expect(page.getByLabel('A pharmacy')).toBeChecked();
    await expect(page.getByLabel('NIHII number of the pharmacy')).toHaveValue('65120355');
    await page.getByRole('button', { name: 'Exclude', exact: true }).click();
    await expect(page.getByText('Pharmacie du Parc is now excluded.')).toBeVisible();
  });

  test('words: French agrees with any provider, "Acting for" on History stays on History, and logging out says so', async ({ page }) => {
    await login(page, 'marc', '/', { keepTokenLanguage: true });
    await page.goto('/exclusions/new');
    await page.getByLabel('Une pharmacie').check();
    await page.getByLabel('Numéro INAMI de la pharmacie').fill('65120355');
    await page.getByRole('button', { name: 'Exclure', exact: true }).click();
    await expect(page.getByText(/^Exclusion enregistrée\s: Pharmacie du Parc\.$/)).toBeVisible();

    await page.getByRole('link', { name: 'Historique' }).click();
    await page.getByLabel('Vous agissez pour').selectOption({ label: 'Lina Dubois, votre enfant' });
    await expect(page.getByText('Vous gérez les exclusions concernant Lina Dubois, votre enfant.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Historique des modifications');
    await expect(page).toHaveURL(/\/history$/);

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Vous êtes déconnecté.' })).toBeVisible();
    await expectNoAxeViolations(page, 'logged out');
    await page.reload();
    await expect(page.getByText('Vous êtes déconnecté.')).toHaveCount(0);
  });
});
