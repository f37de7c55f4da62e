import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, IDP, login, PEOPLE, recordApiRequests, resetSandbox, setExchangeSubject } from './support';

// The may_act entries' subject ids of the sandbox (sandbox/personas.ts): what a profile switch names.
const SUB = { lina: '51a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f5', tom: '62b3c4d5-e6f7-4081-9203-b4c5d6e7f806', maria: '84d5e6f7-0819-42a3-b425-d6e7f8091a28' };
const BACKEND = 'ehealth-exclusion-backend';

test.beforeEach(async ({ page }) => resetSandbox(page));

/** Every token exchange the app sends to the identity provider, as form parameters. */
function recordExchanges(page: Page): URLSearchParams[] {
  const exchanges: URLSearchParams[] = [];
  page.on('request', (request) => {
    if (request.url() !== `${IDP}/token` || request.method() !== 'POST') return;
    const form = new URLSearchParams(request.postData() ?? '');
    if (form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:token-exchange') exchanges.push(form);
  });
  return exchanges;
}

/** Serves config.json with these oidc settings, as an operator would edit the file. */
async function withOidcSettings(page: Page, settings: Record<string, string>): Promise<void> {
  await page.route('**/config.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as { oidc: Record<string, string> };
    await route.fulfill({ response, json: { ...config, oidc: { ...config.oidc, ...settings } } });
  });
}

const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

test('marc sees his children by relation and SSIN until their own tokens name them', async ({ page }) => {
  const exchanges = recordExchanges(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold the children's exchanges: the login token alone names no relative.
  await page.route(`${IDP}/token`, async (route) => {
    if (new URLSearchParams(route.request().postData() ?? '').has('requested_subject')) await held;
    await route.continue();
  });
  await login(page, 'marc');
  const options = page.getByLabel('Acting for').locator('option');
  await expect(options).toHaveText(['Marc Dubois (yourself)', 'Child · 15.06.10-234.46', 'Child · 18.11.30-567.84']);
  await expectNoAxeViolations(page, 'unnamed children');
  release();
  await expect(options).toHaveText(['Marc Dubois (yourself)', 'Lina Dubois, your child', 'Tom Dubois, your child']);

  // Over the wire: one exchange for himself (no person named), then one per child by its may_act sub.
  expect(exchanges.map((form) => form.get('requested_subject'))).toEqual([null, SUB.lina, SUB.tom]);
  for (const form of exchanges) {
    expect(form.get('audience')).toBe(BACKEND);
    expect(form.get('subject_token_type')).toBe('urn:ietf:params:oauth:token-type:access_token');
  }
});

for (const by of ['sub', 'ssin'] as const) {
  test(`switching to Lina, Tom and back works when the identity provider names the person by ${by}`, async ({ page }) => {
    await setExchangeSubject(page, by);
    await withOidcSettings(page, { tokenExchangeSubjectValue: by });
    const exchanges = recordExchanges(page);
    const api = recordApiRequests(page);
    await login(page, 'marc');
    const switcher = page.getByLabel('Acting for');

    await switcher.selectOption({ label: 'Lina Dubois, your child' });
    await expect(page.getByText('You are managing the exclusions of Lina Dubois, your child.')).toBeVisible();
    await expect(page.getByRole('row', { name: /Els Wouters/ })).toBeVisible();
    await switcher.selectOption({ label: 'Tom Dubois, your child' });
    await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();
    await switcher.selectOption({ label: 'Marc Dubois (yourself)' });
    await expect(page.getByText('You are managing your own exclusions.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'No care provider is excluded' })).toBeVisible();

    const named = exchanges.map((form) => form.get('requested_subject')).filter(Boolean);
    expect(named).toEqual(by === 'sub' ? [SUB.lina, SUB.tom] : [PEOPLE.lina.ssin, PEOPLE.tom.ssin]);
    // Every API call carries a token exchanged for the backend, acting for the patient in its path.
    expect(api.length).toBeGreaterThanOrEqual(3);
    for (const request of api) {
      const claims = payloadOf((await request.allHeaders()).authorization!.replace(/^Bearer /, ''));
      expect(claims.aud).toEqual([BACKEND]);
      expect(request.url()).toContain((claims.userProfile as { ssin: string }).ssin);
    }
  });
}

test('a profile switch set up for the wrong identity provider says so, and keeps the user where they were', async ({ page }) => {
  await setExchangeSubject(page, 'ssin');
  await login(page, 'marc');
  const switcher = page.getByLabel('Acting for');
  await switcher.selectOption({ label: 'Child · 15.06.10-234.46' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not switch to Child · 15.06.10-234.46. Try again.');
  await expect(alert).toContainText(
    'The identity service answered: requested_subject names no one this user may act for (this identity provider expects the SSIN)',
  );
  await expect(page.getByText('You are managing your own exclusions.')).toBeVisible();
  await expect(switcher).toHaveValue(PEOPLE.marc.ssin);
  await expectNoAxeViolations(page, 'switch refused');
});

test('sofie never asks for Maria, whose mandate does not cover medical data; Georges is named', async ({ page }) => {
  const exchanges = recordExchanges(page);
  await login(page, 'sofie');
  const switcher = page.getByLabel('Acting for');
  await expect(switcher.locator('option')).toHaveText(['Sofie Janssens (yourself)', 'Georges Lambert, mandate', 'Mandate · 42.04.04-222.83']);
  await expect(switcher.locator('option', { hasText: '42.04.04-222.83' })).toBeDisabled();
  expect(exchanges.map((form) => form.get('requested_subject'))).not.toContain(SUB.maria);
});

test("the first language is the token's; a choice wins; a reload keeps the language and the profile", async ({ page }) => {
  await login(page, 'marc', '/', { keepTokenLanguage: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prestataires de soins exclus');
  await page.getByLabel('Vous agissez pour').selectOption({ label: 'Tom Dubois, votre enfant' });
  await expect(page.getByText('Vous gérez les exclusions concernant Tom Dubois, votre enfant.')).toBeVisible();

  await page.reload();
  await expect(page.getByText('Vous gérez les exclusions concernant Tom Dubois, votre enfant.')).toBeVisible();
  await expect(page.getByLabel('Vous agissez pour')).toHaveValue(PEOPLE.tom.ssin);

  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('You are managing the exclusions of Tom Dubois, your child.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test("sofie's token says German", async ({ page }) => {
  await login(page, 'sofie', '/', { keepTokenLanguage: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByLabel('Sie handeln für')).toBeVisible();
  await expectNoAxeViolations(page, 'German from the token');
});

test('a login token without a claim the app needs gives a page saying what is missing, not a crash', async ({ page }) => {
  await page.route(`${IDP}/token`, async (route) => {
    if (new URLSearchParams(route.request().postData() ?? '').get('grant_type') !== 'authorization_code') return route.continue();
    const response = await route.fetch();
    const body = (await response.json()) as { access_token: string };
    const { ssin: _dropped, ...claims } = payloadOf(body.access_token);
    const [header, , signature] = body.access_token.split('.');
    await route.fulfill({ response, json: { ...body, access_token: `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}` } });
  });
  await login(page, 'anna');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your login cannot be used here');
  await expect(page.getByRole('listitem').filter({ hasText: /^ssin: / })).toBeVisible();
  await expectNoAxeViolations(page, 'unreadable token');
});
