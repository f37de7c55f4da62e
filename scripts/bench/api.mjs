// The bench's figures of the sandbox API from Node: the history's two paging strategies for Tom's
// 1,500 entries, and latency at a fixed request rate beside a bare Node http server.
import { createServer } from 'node:http';
import { ANNA, API, median, percentile, repeat, token, TOM } from './common.mjs';

/** Open loop: one request every 1000/rate ms whatever the answers do, for `seconds`. */
async function fixedRate(url, headers, rate = 100, seconds = 5) {
  const latencies = [];
  const pending = [];
  const startedAt = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const due = startedAt + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    pending.push(
      fetch(url, { headers }).then(async (r) => {
        await r.arrayBuffer();
        latencies.push(performance.now() - t0);
      }),
    );
  }
  await Promise.all(pending);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), count: latencies.length };
}

/** The median time of `runs` fetches of `url`, and the bytes of its answer. */
async function timed(url, headers, runs = 5) {
  let bytes = 0;
  const times = await repeat(runs, async () => {
    const t0 = performance.now();
    const body = await (await fetch(url, { headers })).arrayBuffer();
    bytes = body.byteLength;
    return performance.now() - t0;
  });
  return { ms: median(times), bytes };
}

/** One fetch of Tom's 1,500 entries against a first page of 25, and growing pageSize to page 3 and to page 60. */
export async function historyPaging() {
  const headers = { Authorization: `Bearer ${token('marc', TOM)}`, From: 'bench@example.org' };
  const url = (pageSize) => `${API}/histories/${TOM}?pageSize=${pageSize}`;
  const growing = async (pages) => {
    let bytes = 0;
    let ms = 0;
    for (let p = 1; p <= pages; p++) {
      const r = await timed(url(25 * p), headers, 1);
      bytes += r.bytes;
      ms += r.ms;
    }
    return { bytes, ms };
  };
  return { oneFetch: await timed(url(1500), headers), firstPage: await timed(url(25), headers), growingTo3: await growing(3), growingTo60: await growing(60) };
}

/** Anna's list at 100 requests a second, and the same load on a bare Node http server on :4175. */
export async function apiLatency() {
  const api = await fixedRate(`${API}/therapeuticExclusions/${ANNA}`, { Authorization: `Bearer ${token('anna')}`, From: 'bench@example.org' });
  const bare = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('[]'));
  await new Promise((r) => bare.listen(4175, 'localhost', r));
  try {
    return { api, bare: await fixedRate('http://localhost:4175/', {}) };
  } finally {
    bare.close();
  }
}
