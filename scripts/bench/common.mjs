// What every part of `npm run bench` shares: the servers' addresses, the number of runs, the
// statistics, and the sandbox tokens the bench uses to talk to the API directly.
import { execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');
// Outside bench/: pages built here must resolve the app's libraries, not bench/node_modules (Lighthouse's own zod 3, say).
export const WORK = join(ROOT, 'node_modules/.cache/bench');
export const APP = 'http://localhost:4173';
export const BASELINE = 'http://localhost:4174';
export const LIBRARIES = 'http://localhost:4177';
export const API = 'http://localhost:8081/therapeuticExclusion/v2';
export const IDP = 'http://localhost:8082';
/** Every timed figure is the median of this many runs. */
export const RUNS = 3;
/** The CPU slowdowns every throttled figure is measured at (issue 27: ×6 beside ×4). */
export const RATES = [4, 6];
export const ANNA = '85071412330';
export const TOM = '18113056784';
export const TOM_LABEL = 'Tom Dubois, your child';
export const LINA_LABEL = 'Lina Dubois, your child';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
export const round = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** `runs` results of `measure(i)`, one after the other. */
export async function repeat(runs, measure) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(i));
  return results;
}

/** `measure(rate)` at each CPU rate, one rate after the other: { 4: …, 6: … }. */
export async function atEachRate(measure) {
  const results = {};
  for (const rate of RATES) results[rate] = await measure(rate);
  return results;
}

/** A persona's sandbox token (`npm run sandbox:token`), signed with the bench's key file. */
export function token(login, patient) {
  return execFileSync('npx', ['tsx', 'sandbox/token-cli.ts', login, ...(patient ? [patient] : [])], {
    env: { ...process.env, SANDBOX_KEY_FILE: join(WORK, 'key.json') },
    encoding: 'utf8',
  }).trim();
}

/** Declares an exclusion through the API, as the app would, for the bench's scale data. */
export async function declareThroughApi(bearer, patient, ssin, qualificationCode) {
  const body = {
    patient: { identifier: [{ type: 'ssin', value: patient }] },
    hcParty: { identifier: [{ type: 'ssin', value: ssin }], qualificationCode },
  };
  const answer = await fetch(`${API}/therapeuticExclusions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, From: 'bench@example.org', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (answer.status !== 201) throw new Error(`declaring ${ssin} for ${patient}: ${answer.status}`);
}

const children = [];

const answers = async (url) => {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts a server in its own process group (so stopping it also stops what npx started below it)
 * and waits for `readyUrl`. Refuses when something already answers there: the bench would measure
 * another server (another checkout's build, say) in place of its own.
 */
export async function start(command, args, env, readyUrl) {
  if (await answers(readyUrl)) throw new Error(`${new URL(readyUrl).host} is already taken by another process: the bench needs it for its own server`);
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  children.push(child);
  return waitFor(readyUrl);
}

export function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function waitFor(url, seconds = 60) {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}
