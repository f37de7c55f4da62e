import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneByOneWhenIdle } from './idle';

describe('oneByOneWhenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts each piece in an idle moment of its own, once the one before has ended, and goes on past a failure', async () => {
    const moments: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => moments.push(work));
    const started: string[] = [];
    const done = oneByOneWhenIdle([
      async () => started.push('history'),
      () => {
        started.push('declare');
        return Promise.reject(new Error('offline'));
      },
      async () => started.push('about'),
    ]);
    const nextMoment = async (count: number) => {
      await vi.waitFor(() => expect(moments).toHaveLength(count));
      moments[count - 1]!();
    };
    await nextMoment(1);
    await vi.waitFor(() => expect(started).toEqual(['history']));
    await nextMoment(2);
    await nextMoment(3);
    await done;
    expect(started).toEqual(['history', 'declare', 'about']);
  });
});
