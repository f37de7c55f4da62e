import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './idle';

/**
 * The rows to draw: every one, except when they are new (the page's first render, or a fresh
 * answer): then the first `first` (or as many as were drawn) come at once, and the rest once the
 * browser has painted those, `step` more a frame, in renders React can interrupt. In one go, a
 * list of 200 rows or a select of 750 options holds a phone's main thread for a long task: React
 * draws an answer from the query cache synchronously, its commit cannot be cut, and the browser
 * then styles every new element in one frame.
 * React's useDeferredValue(rows, firstRows) does not serve: its initial value is for the mount only;
 * on a fresh answer it keeps the old rows, then draws all the new ones in one render
 * (react.dev/reference/react/useDeferredValue).
 */
export function useStagedRows<Row>(rows: Row[], first: number, step?: number): Row[];
export function useStagedRows<Row>(rows: Row[] | undefined, first: number, step?: number): Row[] | undefined;
export function useStagedRows<Row>(rows: Row[] | undefined, first: number, step = Infinity): Row[] | undefined {
  const [drawn, setDrawn] = useState<{ rows: Row[] | undefined; count: number }>({ rows: undefined, count: 0 });
  // A fresh answer keeps as many rows as were drawn: the row a keyboard user is on stays in place.
  const count = drawn.rows === rows ? drawn.count : Math.max(first, drawn.count);
  const staged = rows !== undefined && count < rows.length;
  useEffect(() => {
    if (!staged) return;
    // The rows drawn so far are painted before the next ones are.
    return afterNextPaint(() => startTransition(() => setDrawn({ rows, count: Math.min(rows.length, count + step) })));
  }, [staged, rows, count, step]);
  return staged ? rows.slice(0, count) : rows;
}
