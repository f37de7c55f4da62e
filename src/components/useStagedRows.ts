import { startTransition, useEffect, useState } from 'react';

/**
 * The rows to draw: every one, except when they are new (the page's first render, or a fresh
 * answer): then the first `first` (or as many as were drawn) come at once, and the rest once the
 * browser has painted those, in a render React can interrupt. In one go, a list of 200 rows or a
 * select of 750 options holds a phone's main thread for a long task: React draws an answer from
 * the query cache synchronously, and the browser then styles every new element in one frame.
 * React's useDeferredValue(rows, firstRows) does not serve: its initial value is for the mount only;
 * on a fresh answer it keeps the old rows, then draws all the new ones in one render
 * (react.dev/reference/react/useDeferredValue).
 */
export function useStagedRows<Row>(rows: Row[], first: number): Row[];
export function useStagedRows<Row>(rows: Row[] | undefined, first: number): Row[] | undefined;
export function useStagedRows<Row>(rows: Row[] | undefined, first: number): Row[] | undefined {
  const [drawn, setDrawn] = useState<Row[] | undefined>(undefined);
  const staged = rows !== undefined && rows.length > first && drawn !== rows;
  useEffect(() => {
    if (!staged) return;
    // The first rows' frame is painted before the others are drawn.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setDrawn(rows)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [staged, rows]);
  // A fresh answer keeps as many rows as were drawn: the row a keyboard user is on stays in place.
  return staged ? rows.slice(0, Math.max(first, drawn?.length ?? 0)) : rows;
}
