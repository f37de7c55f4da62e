import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/http';

/**
 * Retries: reads only, and only for what another try can fix (network, timeout, 5xx); never
 * for 4xx, never for declaring or revoking (legal acts are not repeated behind the user's back).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && error instanceof ApiError && error.retryable,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      // A declaration or revocation never waits silently for the network: it fails at once with a
      // message and a Retry, the form keeping what was typed.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
