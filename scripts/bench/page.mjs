// Driving the app in Chromium for the bench's own figures (Playwright): logging in, CPU and
// network throttling through CDP, the longest main-thread task from a trace, and the time from an
// input to the frame that shows its answer.
/* global window, document, requestAnimationFrame, MutationObserver -- functions passed to the browser */
import { atEachRate, BASELINE, median, repeat, RUNS } from './common.mjs';

/** Logs in through the sandbox's identity provider as `persona`, starting at `startAt`, in English. */
export async function login(page, persona, startAt) {
  await page.goto(startAt);
  // The personas' tokens carry four languages; the bench reads English, as if the user had chosen it.
  await page.evaluate(() => localStorage.getItem('te.language') ?? localStorage.setItem('te.language', document.documentElement.lang));
  await page.getByRole('button', { name: /^(Log in|Aanmelden|Se connecter|Anmelden)$/ }).click();
  await page.getByRole('button', { name: new RegExp(`\\(${persona}\\)`) }).click();
}

/**
 * Waits inside a measured window: one cheap check in the page every 50 ms. Playwright's text and
 * role locators scan the whole page at each poll, each poll a task of the page's main thread
 * (with a history's 750 options, 60–100 ms at CPU ×6), which the longest-task measure would
 * count as the app's. `check` runs in the page.
 */
export const until = (page, check, arg) => page.waitForFunction(check, arg, { polling: 50 });

/** The page's CPU `rate` times slower (1: full speed); returns its CDP session. */
export async function cpu(page, rate, cdp) {
  const session = cdp ?? (await page.context().newCDPSession(page));
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return session;
}

/** Lighthouse's mobile profile through CDP: slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up), CPU `rate` times slower. */
export async function throttled(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  return cpu(page, rate, cdp);
}

/**
 * The longest task (ms) the page's main thread ran during `action`, from a Chrome trace. A trace
 * sees every task; the page's own long-task observer misses those a test driver starts (a
 * `selectOption`, an `evaluate`), which reported 0 ms for work that took longer. The page marks
 * the trace before and after `action` (console.timeStamp): without a later task, the trace could
 * lose the action's last one (a 120 ms busy loop read 0.35 ms), and a trace without both marks
 * is refused rather than read short.
 */
export async function longestTaskDuring(browser, page, action) {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] });
  await page.evaluate(() => console.timeStamp('bench: start'));
  await action();
  await page.evaluate(() => console.timeStamp('bench: end'));
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const mainThreads = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = traceEvents.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
  const marks = onMain.filter((e) => e.name === 'TimeStamp').map((e) => e.args?.data?.message);
  if (!marks.includes('bench: start') || !marks.includes('bench: end'))
    throw new Error(`the trace lacks its marks (${marks.join(', ') || 'none'}): it did not record the whole action`);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask');
  const longest = tasks.reduce((a, b) => (b.dur > (a?.dur ?? 0) ? b : a), undefined);
  if (process.env.BENCH_WHY && longest) console.log(`[bench why] ${madeOf(longest, onMain)}`);
  return longest ? longest.dur / 1000 : 0;
}

/** What a task of the trace was made of: its longest kinds of event inside it (BENCH_WHY=1). */
function madeOf(task, events) {
  const inside = events.filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const byName = {};
  for (const e of inside) if (!/RunTask|ThreadController|mojo/.test(e.name)) byName[e.name] = (byName[e.name] ?? 0) + e.dur;
  const top = Object.entries(byName)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)}`);
  return `${(task.dur / 1000).toFixed(1)} ms: ${top.join(', ')}`;
}

/**
 * The longest task of each of `actions` at CPU `rate`, run one after the other once `prepare` has
 * put the page in the state to measure from (at full speed, untraced): for each action, the median
 * of RUNS runs.
 */
export async function longestTasks(browser, page, rate, prepare, ...actions) {
  const runs = await repeat(RUNS, async () => {
    await prepare();
    // Playwright's own script for page.waitForFunction (`until`) enters a page at the first such
    // call after a navigation: one task of 40–60 ms at CPU ×6 (EvaluateScript, no URL), the
    // driver's and not the app's, which the trace would count as the action's longest.
    await page.waitForFunction(() => true);
    const cdp = await cpu(page, rate);
    try {
      const tasks = [];
      for (const action of actions) tasks.push(await longestTaskDuring(browser, page, action));
      return tasks;
    } finally {
      await cpu(page, 1, cdp);
      await cdp.detach();
    }
  });
  return actions.map((_, i) => median(runs.map((tasks) => tasks[i])));
}

/**
 * The measure's own check, and the machine's mark: a 120 ms busy loop in the baseline page, through
 * longestTasks at each rate, must come out at 120 ms or more (the loop runs by the clock, so a
 * slower CPU does not lengthen it; what it reads above 120 ms is the measure's and the machine's).
 */
export async function calibrate(browser) {
  const page = await browser.newPage();
  await page.goto(`${BASELINE}/`);
  await page.locator('h1').waitFor();
  const busyLoop = () =>
    page.evaluate(() => {
      const start = performance.now();
      while (performance.now() - start < 120);
    });
  const byRate = await atEachRate(async (rate) => (await longestTasks(browser, page, rate, async () => undefined, busyLoop))[0]);
  await page.close();
  return byRate;
}

/**
 * In the page: from the first `pointerdown` or `change` event on an element matching `input` (its
 * timeStamp: when the browser took the input) to the paint of what must show. `shown` is a list of
 * [selector, text] pairs, each an element with that text and a box; the first is the one whose
 * paint is timed. From the input on, the elements added inside a match of that first selector get
 * an `elementtiming` attribute before they are painted, and the Element Timing API gives the time
 * the browser presented them (renderTime); every frame checks that all of `shown` holds. Neither
 * the driver's round trips nor a task that runs after that paint count. window.__interaction =
 * { start, shownAt (the frame that has it all, before its paint), end (the presentation), text }.
 * Called again, it waits for the next input with the new `input` and `shown`.
 */
const INTERACTION = (config) => {
  window.__interactionConfig = config;
  window.__interaction = null;
  if (window.__interactionListening) return;
  window.__interactionListening = true;
  const find = ([selector, text]) =>
    [...document.querySelectorAll(selector)].find((element) => {
      if (!element.textContent.includes(text)) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
  const begin = (event) => {
    const { input, shown } = window.__interactionConfig;
    if (window.__interaction || !(event.target instanceof window.Element) || !event.target.closest(input)) return;
    const interaction = { start: event.timeStamp };
    window.__interaction = interaction;
    const [selector, text] = shown[0];
    const mark = (root) => {
      const inside = root.closest(selector) ? [root] : [...root.querySelectorAll(selector)];
      for (const target of inside) for (const element of [target, ...target.querySelectorAll('*')]) element.setAttribute('elementtiming', 'bench');
    };
    const added = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof window.Element) mark(node);
    });
    added.observe(document, { subtree: true, childList: true });
    const painted = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const target = entry.element?.closest(selector);
        if (entry.identifier !== 'bench' || !target?.textContent.includes(text) || !entry.renderTime) continue;
        if (interaction.end === undefined || entry.renderTime < interaction.end) interaction.end = entry.renderTime;
      }
      if (interaction.shownAt !== undefined && interaction.end !== undefined) finish();
    });
    painted.observe({ type: 'element' });
    const finish = () => {
      interaction.done = true;
      added.disconnect();
      painted.disconnect();
    };
    const look = () => {
      const found = shown.map(find);
      if (!found.every(Boolean)) return requestAnimationFrame(look);
      Object.assign(interaction, { shownAt: performance.now(), text: found[0].textContent });
      if (interaction.end !== undefined) finish();
    };
    requestAnimationFrame(look);
  };
  for (const type of ['pointerdown', 'change']) window.addEventListener(type, begin, { capture: true });
};

/** Arms INTERACTION for the next input in the page as it is now. */
export const arm = (page, input, shown) => page.evaluate(INTERACTION, { input, shown });

/** Arms INTERACTION in each of the page's next loads, before the app's scripts. */
export const armOnEveryLoad = (page, input, shown) => page.addInitScript(INTERACTION, { input, shown });

/** The armed interaction's time (ms), from the input to the presentation of what it waits for; `expect` must be in what showed. */
export async function interactionTime(page, expect) {
  await page.waitForFunction(() => window.__interaction?.done, null, { timeout: 60_000 });
  const { start, end, text } = await page.evaluate(() => window.__interaction);
  if (!text.includes(expect)) throw new Error(`interaction: "${text.slice(0, 120)}" showed, expected ${expect}`);
  if (!(end > start)) throw new Error(`interaction: ${start} → ${end} ms`);
  return end - start;
}

const OBSERVERS = () => {
  window.__perf = { lcp: 0, tbt: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__perf.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__perf.tbt += Math.max(0, entry.duration - 50);
  }).observe({ type: 'longtask', buffered: true });
};

/** LCP and TBT of `url`'s first screen on a phone, slow 4G and CPU `rate`: the medians of RUNS fresh loads. */
export async function firstScreenVitals(browser, url, rate) {
  const runs = await repeat(RUNS, async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    const page = await context.newPage();
    await page.addInitScript(OBSERVERS);
    await throttled(page, rate);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('h1').waitFor();
    await page.waitForTimeout(1500);
    const perf = await page.evaluate(() => window.__perf);
    await context.close();
    return perf;
  });
  return { lcp: median(runs.map((r) => r.lcp)), tbt: median(runs.map((r) => r.tbt)) };
}
