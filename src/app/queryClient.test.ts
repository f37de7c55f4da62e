import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { createQueryClient } from './queryClient';

describe('retry policy', () => {
  const retry = createQueryClient().getDefaultOptions().queries!.retry as (count: number, error: unknown) => boolean;
  it('retries reads for network, timeout and 5xx, a limited number of times, never for 4xx', () => {
    expect(retry(0, new ApiError('network', 0))).toBe(true);
    expect(retry(0, new ApiError('timeout', 0))).toBe(true);
    expect(retry(0, new ApiError('http', 503))).toBe(true);
    expect(retry(2, new ApiError('http', 503))).toBe(false);
    expect(retry(0, new ApiError('http', 400))).toBe(false);
    expect(retry(0, new ApiError('http', 404))).toBe(false);
  });
  it('never retries mutations', () => {
    expect(createQueryClient().getDefaultOptions().mutations!.retry).toBe(false);
  });
});
