// The bench's figures of whole user flows in Chromium: login → list (scripts, API calls, time),
// the history's scripting time, and the history's page 1 painted under mobile throttling.
/* global window, document, location, MutationObserver -- functions passed to the browser */
import { API, APP, BASELINE, median, repeat, RUNS } from './common.mjs';
import { arm, interactionTime, login, throttled } from './page.mjs';

/** Login → list: the scripts loaded, the API calls made before the first row, and the time it took. */
export async function loginToList(browser) {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const assets = new Set();
  const apiBeforeRow = [];
  let rowShown = false;
  page.on('request', (r) => {
    // The first screen: what was fetched until the first row showed (later, idle preloads follow).
    if (r.url().startsWith(APP) && !rowShown) assets.add(r.url());
    if (r.url().startsWith(API) && r.method() !== 'OPTIONS' && !rowShown) apiBeforeRow.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  await page.addInitScript(() => {
    if (!location.pathname.startsWith('/auth/callback')) return;
    new MutationObserver((_, observer) => {
      if (document.querySelector('table tbody tr')) {
        window.__firstRow = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await login(page, 'anna', `${APP}/`);
  await page.locator('table tbody tr').first().waitFor();
  rowShown = true;
  const callbackToRow = await page.evaluate(() => window.__firstRow);
  await context.close();
  return { assets: [...assets], apiBeforeRow, callbackToRow };
}

/** The scripts the baseline page loads. */
export async function baselineAssets(browser) {
  const page = await browser.newPage();
  const assets = [];
  page.on('request', (r) => r.url().startsWith(BASELINE) && assets.push(r.url()));
  await page.goto(`${BASELINE}/`);
  await page.locator('h1').waitFor();
  await page.close();
  return assets;
}

const scriptDuration = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value * 1000;

/** Scripting time (ms, CDP's ScriptDuration) from a click on History to page 1 of Tom's 1,500 entries: the median of RUNS. */
export async function historyScripting(browser) {
  const results = await repeat(RUNS, async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await login(page, 'marc', `${APP}/`);
    await page.getByLabel('Acting for').selectOption({ label: 'Tom Dubois, your child' });
    await page.getByText('You are managing the exclusions of Tom Dubois, your child.').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await scriptDuration(cdp);
    await page.getByRole('link', { name: 'History' }).click();
    await page.locator('.timeline-entry').first().waitFor();
    await page.getByText('Page 1 of 60').waitFor();
    const after = await scriptDuration(cdp);
    await context.close();
    return after - before;
  });
  return median(results);
}

/** The baseline page's scripting time over its whole load: the median of RUNS. */
export async function baselineScripting(browser) {
  const results = await repeat(RUNS, async () => {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${BASELINE}/`);
    await page.locator('h1').waitFor();
    const ms = await scriptDuration(cdp);
    await page.close();
    return ms;
  });
  return median(results);
}

/**
 * From a click on History (its pointerdown) to the first frame painted with an entry, slow 4G and
 * CPU `rate`, timed in the page (scripts/bench/page.mjs, INTERACTION), not around the driver's
 * waits: a long history against a short one.
 */
export async function historyFirstPaint(browser, persona, relative, rate) {
  const times = await repeat(RUNS, async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await login(page, persona, `${APP}/`);
    if (relative) await page.getByLabel('Acting for').selectOption({ label: relative });
    // Tom has no active exclusion (his history is all declared and revoked): wait for the list's answer instead of a row.
    await page.locator('.empty-state, table tbody tr').first().waitFor();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-pages-ready'));
    await arm(page, 'a[href="/history"]', [['.timeline-entry', '']]);
    await throttled(page, rate);
    await page.getByRole('link', { name: 'History' }).click();
    const ms = await interactionTime(page, '');
    await context.close();
    return ms;
  });
  return median(times);
}
