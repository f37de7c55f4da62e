// Lighthouse 12 (mobile form factor, simulated slow 4G, its defaults) on the production build, in
// Debian's Chromium, at each CPU slowdown asked for (`throttling.cpuSlowdownMultiplier`, ×4 being
// Lighthouse's default): the baseline page, the libraries-only page, and four pages of the app —
// the login page (the first screen), the list once logged in (anna), the declare form, and the
// history of Tom (marc acting for his child, 1,500 entries). Each page `runs` times per slowdown
// (the median run is kept). Part of `npm run bench`.
/* global document -- functions passed to the browser */
import { startFlow } from 'lighthouse';
import puppeteer from 'puppeteer-core';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const flags = { onlyCategories: CATEGORIES, locale: 'en-US' };

function summary(lhr) {
  const score = (id) => lhr.categories[id].score;
  const failed = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable',
    )
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    lcpElement: lcpElement(lhr),
    // What the page logged as errors (best practices' errors-in-console), to tell the app's from the bench's.
    consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map(
      (item) => `${item.sourceLocation?.url ?? item.source}: ${String(item.description).slice(0, 120)}`,
    ),
    notPerfect: failed,
    // What Lighthouse ran with and on: the slowdown it applied and its own measure of this machine.
    cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** What Lighthouse took for the largest paint (a selector and its text's start), to know what to paint sooner. */
function lcpElement(lhr) {
  const table = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0];
  const node = table?.items?.[0]?.node;
  return node ? `${node.selector} "${String(node.snippet ?? '').slice(0, 80)}"` : null;
}

/**
 * One navigation audit of `url` at CPU `rate`; `check` then reads the page Lighthouse left, to be
 * sure it measured the page meant. A step's flags are navigate()'s second argument itself (given
 * as `{ flags }`, they were ignored: the slowdown stayed ×4, which the check of `cpuSlowdown` catches).
 */
async function audit(page, url, rate, check) {
  // The tab's console keeps what the prepare step logged, and Lighthouse's Log.enable replays it
  // (Marc's and Tom's empty lists answered 404, as the contract says, before Tom's history was
  // audited): cleared, so errors-in-console holds the audited load's messages only.
  const cdp = await page.createCDPSession();
  await cdp.send('Log.clear');
  await cdp.detach();
  const flow = await startFlow(page, { flags });
  await flow.navigate(url, { ...flags, throttling: { cpuSlowdownMultiplier: rate } });
  const { steps } = await flow.createFlowResult();
  const result = summary(steps[0].lhr);
  if (result.cpuSlowdown !== rate) throw new Error(`Lighthouse ran ${url} at CPU ×${result.cpuSlowdown}, not ×${rate}`);
  await check(page);
  return result;
}

/** Logs in through the sandbox's identity provider as `persona`, in this tab, in English (the personas' tokens carry four languages). */
async function login(page, appUrl, persona) {
  await page.goto(`${appUrl}/`);
  await page.evaluate(() => localStorage.setItem('te.language', 'en'));
  await page.locator('button.button::-p-text(Log in)').click();
  await page.locator(`button::-p-text((${persona}))`).click();
  await page.waitForSelector('table tbody tr, .empty-state');
}

/** Throws unless an element of the page matching `selector` shows `text` within 30 s (what the audited page must show once loaded). */
const shows =
  (text, selector = 'body') =>
  async (page) => {
    try {
      await page.waitForFunction(
        (wanted, where) => [...document.querySelectorAll(where)].some((e) => e.innerText.includes(wanted)),
        { timeout: 30_000 },
        text,
        selector,
      );
    } catch {
      const shown = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 400));
      throw new Error(`Lighthouse's page at ${page.url()} does not show "${text}" in ${selector}: it shows "${shown}"`);
    }
  };

/**
 * The pages, each with what to do in a fresh tab before the audit and what it must show after it.
 * Each audit is a cold load: Lighthouse's storage reset empties the HTTP cache, Cache Storage and
 * service workers, not localStorage or sessionStorage (its clearStorageTypes), so the logged-in
 * pages keep the session this tab's login left (tokens, the active profile, the language), and the
 * page's check says they did.
 */
function pages({ appUrl, baselineUrl, librariesUrl }) {
  return {
    baseline: { url: `${baselineUrl}/`, check: shows('An empty Vite + React page.') },
    librariesOnly: { url: `${librariesUrl}/`, check: shows('Log in') },
    loginPage: { url: `${appUrl}/`, check: shows('Log in') },
    list: {
      prepare: (page) => login(page, appUrl, 'anna'),
      url: `${appUrl}/`,
      check: shows('Jan Maes', 'table tbody'),
    },
    declare: {
      prepare: (page) => login(page, appUrl, 'anna'),
      url: `${appUrl}/exclusions/new`,
      check: shows('Exclude a care provider', 'main h1'),
    },
    tomHistory: {
      prepare: async (page) => {
        await login(page, appUrl, 'marc');
        // The active profile is kept in sessionStorage (te.activeProfile): the audit's load is Tom's.
        await page.locator('#profile-switcher').fill('18113056784');
        await shows('You are managing the exclusions of Tom Dubois')(page);
        // His list's answer is in (a 404 for none, logged by the browser) before the console is cleared.
        await page.waitForSelector('.empty-state, table tbody tr');
      },
      url: `${appUrl}/history`,
      check: async (page) => {
        await shows('You are managing the exclusions of Tom Dubois')(page);
        await shows('Page 1 of 60')(page);
      },
    },
  };
}

/** The run with the median performance score (Lighthouse's own advice for noisy figures). */
function medianRun(results) {
  return [...results].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs)[Math.floor(results.length / 2)];
}

/**
 * Every page at every rate, `runs` times, in the order run → rate → page (so a slow spell of the
 * machine spreads over all of them); `only` limits the pages by name. Returns, by rate then page,
 * the median run's summary and how long the audits took.
 */
export async function lighthouseScores({ executablePath, appUrl, baselineUrl, librariesUrl, rates, runs, only, log = () => undefined }) {
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--lang=en-GB'] });
  const audited = Object.entries(pages({ appUrl, baselineUrl, librariesUrl })).filter(([name]) => !only || only.includes(name));
  const results = Object.fromEntries(rates.map((rate) => [rate, Object.fromEntries(audited.map(([name]) => [name, []]))]));
  const seconds = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const rate of rates) {
        for (const [name, { prepare, url, check }] of audited) {
          const context = await browser.createBrowserContext();
          const page = await context.newPage();
          if (prepare) await prepare(page);
          const t0 = performance.now();
          results[rate][name].push(await audit(page, url, rate, check));
          seconds.push((performance.now() - t0) / 1000);
          log(`Lighthouse run ${i + 1}/${runs}, CPU ×${rate}, ${name}: ${results[rate][name].at(-1).performance} (${seconds.at(-1).toFixed(1)} s)`);
          await context.close();
        }
      }
    }
    const scores = Object.fromEntries(rates.map((rate) => [rate, Object.fromEntries(audited.map(([name]) => [name, medianRun(results[rate][name])]))]));
    return { scores, auditSeconds: seconds };
  } finally {
    await browser.close();
  }
}
