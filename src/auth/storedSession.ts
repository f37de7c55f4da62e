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
