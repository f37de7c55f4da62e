/** Which catalogue message explains an API failure to the user. */
import { serviceErrorKey } from '../domain/serviceErrors';
import type { MessageKey } from '../i18n/catalogue';
import { ApiError, type ApiErrorKind } from './http';

export interface ErrorMessage {
  key: MessageKey;
  params?: Record<string, string>;
}

const KIND_MESSAGES: Record<Exclude<ApiErrorKind, 'http'>, MessageKey> = {
  session: 'error.session',
  network: 'error.network',
  timeout: 'error.timeout',
  'invalid-response': 'error.invalidResponse',
};

export function apiErrorMessage(error: unknown): ErrorMessage {
  if (!(error instanceof ApiError)) return { key: 'error.server' };
  if (error.kind !== 'http') return { key: KIND_MESSAGES[error.kind] };
  if (error.status >= 500) return { key: 'error.server' };
  if (error.status === 401) return { key: 'error.session' };
  if (error.status === 403) return { key: 'error.forbidden' };
  const first = error.codes[0];
  return first ? { key: serviceErrorKey(first), params: { code: first.code } } : { key: 'error.server' };
}
