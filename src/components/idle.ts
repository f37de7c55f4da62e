/**
 * Work the page does ahead (preloading pages and languages, warming formatters), one piece per
 * idle moment: several pieces in one task are one long task on a slow phone, which then delays
 * the user's first click (a chunk's evaluation is 10–30 ms at CPU ×1, six times that on a phone).
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work, 0);
}

const idleMoment = () => new Promise<void>((resolve) => whenIdle(resolve));

/** Runs each piece in an idle moment of its own, one after the other; a failed piece does not stop the others. */
export async function oneByOneWhenIdle(pieces: (() => Promise<unknown>)[]): Promise<void> {
  for (const piece of pieces) {
    await idleMoment();
    await piece().catch(() => undefined);
  }
}

/**
 * Runs `work` once the browser has painted the next frame (a task after its animation frame);
 * returns what cancels it. For work that must not delay what was just drawn.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
