import { ErrorResponse } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { loginErrorKey } from './loginError';

describe('loginErrorKey', () => {
  it('calls an unreachable identity provider a failure to try again later', () => {
    expect(loginErrorKey(new TypeError('Failed to fetch'))).toBe('login.failed');
    expect(loginErrorKey(new Error('Network Error'))).toBe('login.failed');
  });

  it('calls a stale or forged callback, or a refused code, a login not completed', () => {
    expect(loginErrorKey(new Error('No matching state found in storage'))).toBe('login.notCompleted');
    expect(loginErrorKey(new ErrorResponse({ error: 'invalid_grant', error_description: 'grant request is invalid' }))).toBe('login.notCompleted');
  });
});
