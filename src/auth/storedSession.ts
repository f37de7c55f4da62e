/**
 * Whether oidc-client-ts keeps a user in this tab's sessionStorage: read at once, while the
 * library still loads it, so the page can draw the logged-in frame and not move when it arrives.
 * src/boot/boot.js makes the same check before the first paint.
 */
export function hasStoredSession(): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      if (sessionStorage.key(i)?.startsWith('oidc.user:')) return true;
    }
  } catch {
    // Storage disabled: no session to restore.
  }
  return false;
}

const LOGGED_OUT_KEY = 'te.loggedOut';

/** Set just before the logout redirect, so the page the identity provider sends back to can say so. */
export function markLoggedOut(): void {
  try {
    sessionStorage.setItem(LOGGED_OUT_KEY, '1');
  } catch {
    // Storage disabled: the login page just won't say it.
  }
}

let loggedOut: boolean | undefined;

/** Whether this page load follows a logout (read once, then forgotten, so a reload does not repeat it). */
export function justLoggedOut(): boolean {
  if (loggedOut === undefined) {
    try {
      loggedOut = sessionStorage.getItem(LOGGED_OUT_KEY) === '1';
      sessionStorage.removeItem(LOGGED_OUT_KEY);
    } catch {
      loggedOut = false;
    }
  }
  return loggedOut;
}

/** Whether `pathname` is the login callback (the configured redirect URI), where a new user comes in. */
export function isLoginCallback(redirectUri: string, pathname: string): boolean {
  return pathname === new URL(redirectUri).pathname;
}
