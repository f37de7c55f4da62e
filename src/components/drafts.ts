/**
 * Form drafts in sessionStorage, one per form and profile, so a reload or a session expiry loses
 * nothing the user typed. Another profile never sees them; logout removes them all. The form that
 * keeps one reads and writes it (src/features/declare/declareDraft.ts); the first screen only
 * needs to remove them.
 */
import { tabStorage } from './tabStorage';

export const DRAFT_PREFIX = 'te.draft.';

export function clearDrafts(): void {
  const storage = tabStorage();
  for (let i = storage.length - 1; i >= 0; i--) {
    const k = storage.key(i);
    if (k?.startsWith(DRAFT_PREFIX)) storage.removeItem(k);
  }
}
