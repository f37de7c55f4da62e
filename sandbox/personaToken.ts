/**
 * One access token for a persona, signed with the sandbox IdP's key as its own endpoints sign them:
 * `npm run sandbox:token` (a backend token) and the MyHealth demo host's login (a login token).
 */
import { accessTokenClaims, type TokenKind } from './claims';
import { loadOrCreateSigningKey, signAccessToken } from './keys';
import type { Persona } from './personas';
import { sandboxSettings } from './settings';

export async function signPersonaToken(persona: Persona, kind: TokenKind, scope: string): Promise<string> {
  const settings = sandboxSettings();
  const jwk = await loadOrCreateSigningKey(settings.keyFile);
  const context = {
    clientId: settings.clientId,
    appOrigins: settings.appOrigins,
    scope,
    sid: crypto.randomUUID(),
    authTime: Math.floor(Date.now() / 1000),
  };
  return signAccessToken(jwk, settings.issuer, accessTokenClaims(persona, context, kind), `${settings.accessTokenTtl}s`);
}
