import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStagedRows } from './useStagedRows';

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('useStagedRows', () => {
  it('ends with every row, on the first render and after a new answer', async () => {
    const first = numbers(100);
    const { result, rerender } = renderHook(({ rows }) => useStagedRows(rows, 40), { initialProps: { rows: first as number[] | undefined } });
    await waitFor(() => expect(result.current).toBe(first));
    const answer = numbers(120);
    rerender({ rows: answer });
    await waitFor(() => expect(result.current).toBe(answer));
    expect(result.current).toHaveLength(120);
  });

  it('draws the first rows in the render that brings them', () => {
    const seen: number[] = [];
    const rows = numbers(100);
    renderHook(() => {
      const shown = useStagedRows(rows, 40);
      seen.push(shown?.length ?? 0);
      return shown;
    });
    expect(seen[0]).toBe(40);
  });

  it('keeps every row already drawn when a fresh answer comes', async () => {
    const seen: number[] = [];
    const { rerender } = renderHook(
      ({ rows }) => {
        const shown = useStagedRows(rows, 40);
        seen.push(shown.length);
        return shown;
      },
      { initialProps: { rows: numbers(100) } },
    );
    await waitFor(() => expect(seen.at(-1)).toBe(100));
    seen.length = 0;
    rerender({ rows: numbers(99) });
    expect(Math.min(...seen)).toBe(99);
  });

  it('draws the rest `step` rows a frame when given a step, every render a prefix of the rows', async () => {
    const seen: number[] = [];
    const rows = numbers(100);
    const { result } = renderHook(() => {
      const shown = useStagedRows(rows, 10, 30);
      seen.push(shown.length);
      expect(shown).toEqual(rows.slice(0, shown.length));
      return shown;
    });
    await waitFor(() => expect(result.current).toBe(rows));
    expect([...new Set(seen)]).toEqual([10, 40, 70, 100]);
  });

  it('has nothing to draw while there is no answer', () => {
    const { result } = renderHook(() => useStagedRows(undefined, 40));
    expect(result.current).toBeUndefined();
  });
});
