import { describe, expect, it, vi } from 'vitest';
import { warmDateField } from './warmDateField';

describe('warmDateField', () => {
  it('lays out a hidden date field and leaves the page, its focus and its content as they were', () => {
    document.body.innerHTML = '<main><button type="button">Revoke</button></main>';
    document.querySelector('button')!.focus();
    const before = document.body.innerHTML;
    const laidOut = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    warmDateField();
    const field = laidOut.mock.contexts[0] as HTMLInputElement;
    expect(field.type).toBe('date');
    expect(field.isConnected).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect(document.activeElement).toBe(document.querySelector('button'));
    laidOut.mockRestore();
  });
});
