/** Which catalogue message explains an API failure to the user. */
import { describeServiceError } from '../domain/serviceErrors';
import type { MessageKey } from '../i18n/catalogue';
import { ApiError } from './http';

export interface ErrorMessage {
  key: MessageKey;
  params?: Record<string, string>;
}

export function apiErrorMessage(error: unknown): ErrorMessage {
  if (!(error instanceof ApiError)) return { key: 'error.server' };
  switch (error.kind) {
    case 'session':
      return { key: 'error.session' };
    case 'network':
      return { key: 'error.network' };
    case 'timeout':
      return { key: 'error.timeout' };
    case 'invalid-response':
      return { key: 'error.invalidResponse' };
    case 'http': {
      if (error.status >= 500) return { key: 'error.server' };
      if (error.status === 401) return { key: 'error.session' };
      if (error.status === 403) return { key: 'error.forbidden' };
      const first = error.codes[0];
      if (!first) return { key: 'error.server' };
      const described = describeServiceError(first);
      return { key: described.key, params: { code: first.code } };
    }
  }
}
