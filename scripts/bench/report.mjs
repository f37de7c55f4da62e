// The bench's table: each figure with its value, its baseline, its target and whether the target
// is met (yes / no / – where there is none), printed and written to bench/results.json.
import { round } from './common.mjs';

const number = (x) => (typeof x === 'number' ? String(x) : String(x ?? '–'));
const EPSILON = 1e-9;

/** Targets: the words printed, and the test of the value (and baseline) that says whether it is met. */
export const target = {
  atMost: (limit, text = `≤ ${limit}`) => ({ text, met: (v) => v <= limit + EPSILON }),
  below: (limit, text = `< ${limit}`) => ({ text, met: (v) => v < limit }),
  atLeast: (limit, text = `≥ ${limit}`) => ({ text, met: (v) => v >= limit - EPSILON }),
  equals: (wanted) => ({ text: `= ${wanted}`, met: (v) => v === wanted }),
  /** Within ±percent % of the row's baseline. */
  nearBaseline: (percent) => ({ text: `within ±${percent} % of the baseline`, met: (v, b) => b > 0 && Math.abs(v / b - 1) <= percent / 100 + EPSILON }),
  none: { text: '–', met: null },
};

/** One row of the table. A value that could not be measured (null) does not meet its target. */
export function row(figure, value, baseline, goal = target.none, note = '') {
  const measured = typeof value === 'number' && !Number.isNaN(value);
  const met = goal.met === null ? '–' : measured && goal.met(value, baseline) ? 'yes' : 'no';
  const ratio = measured && typeof baseline === 'number' && baseline ? round(value / baseline, 2) : null;
  return { figure, value: measured ? value : null, baseline: baseline ?? null, target: goal.text, met, ratio, note };
}

/** A plain text table: one line a row, columns padded to the widest cell. */
export function formatTable(rows) {
  const columns = ['figure', 'value', 'baseline', 'target', 'met', 'note'];
  const cells = [columns, ...rows.map((r) => columns.map((c) => number(r[c]).replace(/^$/, c === 'note' ? '' : '–')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i].length)));
  const right = new Set([1, 2]);
  const line = (values) =>
    values
      .map((v, i) => (right.has(i) ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join(' | ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.slice(1).map(line)].join('\n');
}

/** The last line: how many targets are not met, and which. */
export function notMet(rows) {
  const missed = rows.filter((r) => r.met === 'no');
  return `targets not met: ${missed.length}${missed.length ? ` (${missed.map((r) => `${r.figure}: ${number(r.value)}, target ${r.target}`).join('; ')})` : ''}`;
}
