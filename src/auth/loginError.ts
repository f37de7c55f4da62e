/**
 * Why a login did not finish, in the user's terms: the identity provider could not be reached
 * (try again later), or the login itself was not completed (a stale or forged callback, a refused
 * code, a state this tab never sent: log in again).
 */
import { ErrorResponse } from 'oidc-client-ts';

export type LoginErrorKey = 'login.failed' | 'login.notCompleted';

export function loginErrorKey(error: Error): LoginErrorKey {
  // A network failure reaches us as the fetch's TypeError; everything else is the login's own.
  if (error instanceof ErrorResponse) return 'login.notCompleted';
  return error instanceof TypeError || /fetch|network/i.test(error.message) ? 'login.failed' : 'login.notCompleted';
}
