// Lighthouse 12 (mobile form factor, simulated slow 4G and 4x CPU, its defaults) on the production
// build, in Debian's Chromium: the login page (the first screen), the list once logged in, and the
// baseline page, each `runs` times (the median run is kept). Part of `npm run bench`.
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
    notPerfect: failed,
  };
}

/** What Lighthouse took for the largest paint (a selector and its text's start), to know what to paint sooner. */
function lcpElement(lhr) {
  const table = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0];
  const node = table?.items?.[0]?.node;
  return node ? `${node.selector} "${String(node.snippet ?? '').slice(0, 80)}"` : null;
}

async function audit(page, url, stepFlags = {}) {
  const flow = await startFlow(page, { flags });
  await flow.navigate(url, { flags: { ...flags, ...stepFlags } });
  const { steps } = await flow.createFlowResult();
  return summary(steps[0].lhr);
}

/** Logs in through the sandbox's identity provider as `persona`, in this tab. */
async function login(page, appUrl, persona) {
  await page.goto(`${appUrl}/`);
  await page.locator('button.button::-p-text(Log in)').click();
  await page.locator(`button::-p-text((${persona}))`).click();
  await page.waitForSelector('table tbody tr');
}

/** The run with the median performance score (Lighthouse's own advice for noisy figures). */
function medianRun(results) {
  return [...results].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs)[Math.floor(results.length / 2)];
}

export async function lighthouseScores({ executablePath, appUrl, baselineUrl, persona, runs }) {
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--lang=en-GB'] });
  try {
    const fresh = async () => (await browser.createBrowserContext()).newPage();
    const results = { baseline: [], loginPage: [], list: [] };
    for (let i = 0; i < runs; i++) {
      results.baseline.push(await audit(await fresh(), `${baselineUrl}/`));
      results.loginPage.push(await audit(await fresh(), `${appUrl}/`));
      const page = await fresh();
      await login(page, appUrl, persona);
      // The session lives in this tab's sessionStorage: Lighthouse must not clear it.
      results.list.push(await audit(page, `${appUrl}/`, { disableStorageReset: true }));
    }
    return { baseline: medianRun(results.baseline), loginPage: medianRun(results.loginPage), list: medianRun(results.list) };
  } finally {
    await browser.close();
  }
}
