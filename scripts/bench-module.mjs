// The MyHealth module's figures for `npm run bench` (scripts/bench.mjs): the size of the one file a
// host loads, and the time from a host page's navigation to the entry's first row, under a CPU
// slowdown (×4 and ×6), in the demo host of scripts/module-host.ts (http://localhost:5174, the
// sandbox for config dev).
/* global window, document */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const MODULE_HOST = 'http://localhost:5174';

/** Builds the module (`npm run build:module`) and returns the gzip bytes of dist-module/index.js. */
export function buildModule() {
  execFileSync('npm', ['run', '--silent', 'build:module'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return gzipSync(readFileSync('dist-module/index.js')).length;
}

/**
 * In the page before any of its scripts (before Zone.js patches requestAnimationFrame): every frame,
 * looks into the entry's shadow root for a table row with a box, and keeps performance.now() (ms
 * since navigation start) of the first frame that has one, with the row's text.
 */
const FIRST_ROW = () => {
  const frame = window.requestAnimationFrame.bind(window);
  const look = () => {
    const row = document.querySelector('te-exclusions')?.shadowRoot?.querySelector('tbody tr');
    const box = row?.getBoundingClientRect();
    if (row && box.width > 0 && box.height > 0) window.__moduleFirstRow = { at: performance.now(), text: row.textContent };
    else frame(look);
  };
  frame(look);
};

/** Navigation → the entry's first row, CPU `rate` times slower, desktop width (a phone gets cards): one time per run, each in a fresh context. */
async function firstRow(browser, query, expected, runs, rate) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(FIRST_ROW);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(`${MODULE_HOST}/${query}`);
    await page.waitForFunction(() => window.__moduleFirstRow, null, { timeout: 30_000 });
    const { at, text } = await page.evaluate(() => window.__moduleFirstRow);
    const errors = await page.evaluate(() => window.hostLog?.errors ?? []);
    await context.close();
    if (!text.includes(expected)) throw new Error(`module host ${query}: first row "${text}", expected ${expected}`);
    if (errors.length) throw new Error(`module host ${query}: ${errors.join('; ')}`);
    times.push(at);
  }
  return times;
}

/**
 * Anna's list through the sandbox (config dev), the same in demo mode (built-in data, no network),
 * and dev without Zone.js, at CPU `rate` (4 unless said): each run's time.
 */
export async function moduleFirstRender(browser, runs, rate = 4) {
  return {
    dev: await firstRow(browser, '?login=anna', 'Jan Maes', runs, rate),
    demo: await firstRow(browser, '?login=anna&config=demo', 'Anne Peeters', runs, rate),
    withoutZone: await firstRow(browser, '?login=anna&zone=off', 'Jan Maes', runs, rate),
  };
}
