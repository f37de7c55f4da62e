/**
 * Where the API client gets its bearer tokens. The API layer does not know who hands them out:
 * the standalone app provides its OIDC session (login + RFC 8693 exchange, src/auth/oidcTokenSource.ts),
 * a MyHealth module the host's `services.getAccessToken` (src/module). Either is read at request time.
 */
export interface TokenSource {
  /** A token the API takes for this patient; rejects with a TokenUnavailableError when there is none. */
  tokenFor(patientSsin: string): Promise<string>;
  /** The API refused the token for this patient (401): the next `tokenFor` must not return it again. */
  forget(patientSsin: string): void;
  /** A fresh token was refused too: the session is over. */
  ended(): void;
}

/** session: nobody is logged in (any more); refused: this user may not act for this patient. */
export type TokenUnavailableReason = 'session' | 'refused' | 'network';

export class TokenUnavailableError extends Error {
  override name = 'TokenUnavailableError';
  constructor(readonly reason: TokenUnavailableReason) {
    super(`no token: ${reason}`);
  }
}

let source: TokenSource | undefined;

/** Called once by the host of the features (src/app, src/module) before the first request. */
export function provideTokenSource(next: TokenSource): void {
  source = next;
}

export function tokenSource(): TokenSource {
  if (!source) throw new Error('provideTokenSource() was not called');
  return source;
}
