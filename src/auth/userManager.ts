/**
 * The one UserManager of the app. Tokens live in sessionStorage: they survive a reload of
 * the tab (no extra login round trip) but not the closing of the tab, and are never shared
 * with other tabs or written to localStorage. Exchanged (profile) tokens live in memory only.
 */
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../config/config';

let manager: UserManager | undefined;

export function createUserManager(config: AppConfig, language: string): UserManager {
  manager = new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: config.oidc.redirectUri,
    post_logout_redirect_uri: config.oidc.postLogoutRedirectUri,
    scope: config.oidc.scope,
    response_type: 'code',
    ui_locales: language,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // The default state store is localStorage; the PKCE verifier belongs with the tab too.
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Renewal happens on demand before each API call (see accessToken.ts), so short-lived
    // tokens never cause a renewal loop and two tabs never renew on a timer at once.
    automaticSilentRenew: false,
    loadUserInfo: false,
    monitorSession: false,
  });
  return manager;
}

export function userManager(): UserManager {
  if (!manager) throw new Error('userManager() called before createUserManager()');
  return manager;
}
