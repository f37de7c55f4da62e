import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog on the native <dialog>: the page behind is inert (focus stays inside), Esc
 * cancels, and focus returns to the control that opened it.
 */
export function Dialog({ open, onCancel, labelledBy, describedBy, children }: { open: boolean; onCancel: () => void; labelledBy: string; describedBy?: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      // showModal focuses the first control; a dialog may name a safer one with data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  useEffect(() => {
    if (open) return;
    const element = opener.current;
    if (element instanceof HTMLElement && element.isConnected) element.focus();
    opener.current = null;
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open ? children : null}
    </dialog>
  );
}
