// Scale: Anna with 200 more active exclusions (declared through the API, generated providers of
// the sandbox's directory) and Tom's 1,500 history entries, at CPU ×4 and ×6 (RATES): the
// longest main-thread task of the list of 201 drawn again, of a language switch on it, of the
// 1,500 entries arriving behind page 1, of a filter and the last page, and of a profile switch
// from Lina to Tom (both with data); the time from a click on Revoke right after the list paints to
// its dialog, and from the switch to Tom's first row; the API requests the switch makes.
/* global document, window -- functions passed to the browser */
import { execFileSync } from 'node:child_process';
import { ANNA, API, APP, atEachRate, declareThroughApi, IDP, LINA_LABEL, median, RATES, repeat, RUNS, token, TOM, TOM_LABEL } from './common.mjs';
import { arm, armOnEveryLoad, cpu, interactionTime, login, longestTasks, until } from './page.mjs';

const settle = (page) => page.waitForTimeout(300);

/** 200 more active exclusions for Anna, through the API. */
async function seedAnna() {
  const practitioners = JSON.parse(
    execFileSync(
      'npx',
      [
        'tsx',
        '-e',
        "import('./sandbox/data/directory.ts').then(({ buildDirectory }) => console.log(JSON.stringify(buildDirectory().practitioners.slice(5, 205).map((p) => [p.ssin, p.professions[0]]))))",
      ],
      { encoding: 'utf8' },
    ),
  );
  const bearer = token('anna');
  for (const [ssin, code] of practitioners) await declareThroughApi(bearer, ANNA, ssin, code);
}

/**
 * Right after the list paints (its first Revoke button visible, the whole load at CPU `rate`), a
 * click on Revoke → its dialog shown: the median of RUNS loads of the list in a logged-in tab.
 */
async function revokeRightAfterPaint(browser) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await login(page, 'anna', `${APP}/`);
  // Counted once every row is drawn (they come 40 a frame): when their number has held for half a second.
  await page.waitForFunction(
    () => {
      const count = document.querySelectorAll('table tbody tr').length;
      const held = (window.benchRowsHeld ??= { count: -1, since: 0 });
      if (held.count !== count) Object.assign(held, { count, since: performance.now() });
      return count > 0 && performance.now() - held.since > 500;
    },
    null,
    { polling: 100 },
  );
  const rows = await page.locator('table tbody tr').count();
  await armOnEveryLoad(page, 'td.actions button', [['dialog', 'Revoke the exclusion of']]);
  const ms = await atEachRate(async (rate) =>
    median(
      await repeat(RUNS, async () => {
        const cdp = await cpu(page, rate);
        await page.goto(`${APP}/`);
        await page.locator('td.actions button').first().click();
        const time = await interactionTime(page, 'Revoke the exclusion of');
        await cpu(page, 1, cdp);
        await cdp.detach();
        return time;
      }),
    ),
  );
  await context.close();
  return { rows, ms };
}

/** Anna's list of 201: drawn again coming back from the history, and switched from English to Dutch. */
async function annaList(browser) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await login(page, 'anna', `${APP}/`);
  await page.locator('table tbody tr').nth(200).waitFor();
  const listRows = await page.locator('table tbody tr').count();
  // The history has settled (its filters are enabled once every entry is in): the measure is the list's alone.
  const fromHistory = async () => {
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'History of changes' }).waitFor();
    await page.locator('#history-party:enabled').waitFor();
    await settle(page);
  };
  // Its data is in the cache: the task is the render of every row.
  // Inside the measured windows: CSS locators and one cheap check (page.mjs `until`), not text or role locators.
  const menuLink = (path) => page.locator(`nav a[href="${path}"]`).first();
  const backToList = async () => {
    await menuLink('/').click();
    await until(page, () => document.querySelectorAll('table tbody tr').length > 200);
    await settle(page);
  };
  const listLongest = await atEachRate(async (rate) => (await longestTasks(browser, page, rate, fromHistory, backToList))[0]);
  // The picker in the header, English → Nederlands, until the list's heading is in Dutch (the
  // catalogues are preloaded once the first screen is idle, as for a user who looked first).
  const heading = (name) => page.getByRole('heading', { level: 1, name }).waitFor();
  const inEnglish = async () => {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-pages-ready'));
    await page.locator('#language-picker').selectOption('en');
    await heading('Excluded care providers');
    await page.locator('table tbody tr').nth(200).waitFor();
    await settle(page);
  };
  // Until the last row is in Dutch too: the rows follow the page a few frames later (useStagedLanguage).
  const toDutch = async () => {
    await page.locator('#language-picker').selectOption('nl');
    await until(
      page,
      () =>
        document.querySelector('h1')?.textContent === 'Uitgesloten zorgverleners' &&
        document.querySelector('table tbody:last-of-type tr:last-child')?.lang === 'nl',
    );
    await settle(page);
  };
  const languageLongest = await atEachRate(async (rate) => (await longestTasks(browser, page, rate, inEnglish, toDutch))[0]);
  await inEnglish();
  await context.close();
  return { listRows, listLongest, languageLongest };
}

/** Tom's 1,500 entries arriving behind page 1, then filtered to the revoked ones and paged to the last page. */
async function tomHistory(browser) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await login(page, 'marc', `${APP}/`);
  await page.getByLabel('Acting for').selectOption({ label: TOM_LABEL });
  await page.locator('.empty-state').waitFor();
  // A reload empties the query cache (the active profile stays, in this tab's sessionStorage): each
  // run fetches the 1,500 entries again. The page's code is loaded, as once the first screen is idle.
  const tomsList = async () => {
    await page.goto(`${APP}/`);
    await page.getByText(`You are managing the exclusions of ${TOM_LABEL}.`).waitFor();
    await page.locator('.empty-state').waitFor();
    await page.locator('html[data-pages-ready]').waitFor({ state: 'attached' });
    await settle(page);
  };
  // Every task until the filters and all their options are drawn.
  // Inside the measured windows: CSS locators and one cheap check (page.mjs `until`), not text or role locators.
  const pageShown = (label) => until(page, (text) => document.querySelector('.pagination [aria-current="page"]')?.textContent === text, label);
  const arrival = async () => {
    await page.locator('nav a[href="/history"]').first().click();
    await pageShown('Page 1 of 60');
    await until(page, () => document.querySelectorAll('#history-party option').length > 700);
    await settle(page);
  };
  const filterAndLastPage = async () => {
    await page.locator('#history-operation').selectOption('revoked');
    await until(page, () => document.querySelector('.history p[role="status"]')?.textContent === '750 changes');
    await page.locator('.pagination button').last().click();
    await pageShown('Page 30 of 30');
    await settle(page);
  };
  const both = await atEachRate((rate) => longestTasks(browser, page, rate, tomsList, arrival, filterAndLastPage));
  await context.close();
  return {
    historyArrival: Object.fromEntries(RATES.map((rate) => [rate, both[rate][0]])),
    historyMax: Object.fromEntries(RATES.map((rate) => [rate, both[rate][1]])),
  };
}

/** Marc switching "Acting for" from Lina to Tom, both with data: requests, longest task, time to Tom's first row. */
async function profileSwitch(browser) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await login(page, 'marc', `${APP}/`);
  await page.locator('.empty-state, table tbody tr').first().waitFor();
  const picker = page.locator('#profile-switcher');
  const onLina = async () => {
    await picker.selectOption({ label: LINA_LABEL });
    await page.getByText(`You are managing the exclusions of ${LINA_LABEL}.`).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await settle(page);
  };
  // Inside the measured windows: one cheap check (page.mjs `until`), not text locators.
  const toTom = async () => {
    await picker.selectOption({ label: TOM_LABEL });
    await until(
      page,
      (label) =>
        document.querySelector('.acting-for')?.textContent?.includes(`managing the exclusions of ${label}`) &&
        [...document.querySelectorAll('table tbody tr')].some((row) => row.textContent.includes('Jan Maes')),
      TOM_LABEL,
    );
  };
  const requests = await repeat(RUNS, async () => {
    await onLina();
    const seen = [];
    const onRequest = (r) => {
      if ((r.url().startsWith(API) || r.url().startsWith(IDP)) && r.method() !== 'OPTIONS') seen.push(`${r.method()} ${new URL(r.url()).pathname}`);
    };
    page.on('request', onRequest);
    await toTom();
    page.off('request', onRequest);
    return seen;
  });
  const switchRequests = requests.sort((a, b) => a.length - b.length)[Math.floor(requests.length / 2)];
  const switchLongest = await atEachRate(
    async (rate) =>
      (
        await longestTasks(browser, page, rate, onLina, async () => {
          await toTom();
          await settle(page);
        })
      )[0],
  );
  const switchToRow = await atEachRate(async (rate) =>
    median(
      await repeat(RUNS, async () => {
        await onLina();
        await arm(page, '#profile-switcher', [
          ['table tbody tr', 'Jan Maes'],
          ['.acting-for', `managing the exclusions of ${TOM_LABEL}`],
        ]);
        const cdp = await cpu(page, rate);
        await toTom();
        const ms = await interactionTime(page, 'Jan Maes');
        await cpu(page, 1, cdp);
        await cdp.detach();
        return ms;
      }),
    ),
  );
  await context.close();
  return { switchRequests, switchLongest, switchToRow };
}

export async function scale(browser, log = () => undefined) {
  // The click on Revoke first on Anna's seeded list of 1, the baseline of the same on her 201.
  log("a click on Revoke right after Anna's list of 1 paints…");
  const revokeShort = await revokeRightAfterPaint(browser);
  await seedAnna();
  log('the list of 201: drawn again, a language switch…');
  const anna = await annaList(browser);
  log('a click on Revoke right after the list of 201 paints…');
  const revoke = await revokeRightAfterPaint(browser);
  log("Tom's 1,500 history entries arriving, filtered, last page…");
  const history = await tomHistory(browser);
  // Both profiles with data: Tom gets one active exclusion, Jan Maes (Lina has two in the seed).
  await declareThroughApi(token('marc', TOM), TOM, '72051430150', 'persphysician');
  log('profile switch Lina → Tom…');
  const switched = await profileSwitch(browser);
  return { ...anna, revoke, revokeShort, ...history, ...switched };
}
