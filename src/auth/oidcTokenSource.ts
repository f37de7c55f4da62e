/**
 * The standalone app's token source for the API client: the OIDC session's tokens, exchanged for
 * the backend's audience (accessToken.ts). The API layer sees only TokenSource and its errors.
 */
import { TokenUnavailableError, type TokenSource } from '../api/tokenSource';
import { accessTokenFor, endSession, forgetToken, SessionExpiredError, TokenExchangeError } from './accessToken';

export const oidcTokenSource: TokenSource = {
  async tokenFor(patientSsin) {
    try {
      return await accessTokenFor(patientSsin);
    } catch (error) {
      if (error instanceof SessionExpiredError) throw new TokenUnavailableError('session');
      if (error instanceof TokenExchangeError) throw new TokenUnavailableError('refused');
      throw new TokenUnavailableError('network');
    }
  },
  forget: forgetToken,
  ended: endSession,
};
