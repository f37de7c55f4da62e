/**
 * Form drafts in sessionStorage, one per form and profile, so a reload or a session expiry loses
 * nothing the user typed. Another profile never sees them; logout removes them all.
 */
const PREFIX = 'te.draft.';

const key = (form: string, patientSsin: string) => `${PREFIX}${form}.${patientSsin}`;

export function loadDraft<T>(form: string, patientSsin: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key(form, patientSsin));
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(form: string, patientSsin: string, values: unknown): void {
  try {
    sessionStorage.setItem(key(form, patientSsin), JSON.stringify(values));
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}

export function removeDraft(form: string, patientSsin: string): void {
  sessionStorage.removeItem(key(form, patientSsin));
}

export function clearDrafts(): void {
  for (let i = sessionStorage.length - 1; i >= 0; i--) {
    const k = sessionStorage.key(i);
    if (k?.startsWith(PREFIX)) sessionStorage.removeItem(k);
  }
}
