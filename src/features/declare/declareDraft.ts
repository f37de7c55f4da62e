import { DRAFT_PREFIX } from '../../components/drafts';
import { tabStorage } from '../../components/tabStorage';

/** A form's draft for one profile (src/components/drafts.ts): read, written as the user types, removed once sent. */
const key = (form: string, patientSsin: string) => `${DRAFT_PREFIX}${form}.${patientSsin}`;

export function loadDraft<T>(form: string, patientSsin: string): T | undefined {
  try {
    const raw = tabStorage().getItem(key(form, patientSsin));
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(form: string, patientSsin: string, values: unknown): void {
  try {
    tabStorage().setItem(key(form, patientSsin), JSON.stringify(values));
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}

export function removeDraft(form: string, patientSsin: string): void {
  tabStorage().removeItem(key(form, patientSsin));
}
