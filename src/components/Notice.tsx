import type { ReactNode } from 'react';

/** A message box. `status` is polite (confirmations), `alert` interrupts (failures). */
export function Notice({ tone, children, role }: { tone: 'success' | 'error' | 'info' | 'warning'; children: ReactNode; role?: 'status' | 'alert' }) {
  return (
    <div className={`notice notice-${tone}`} role={role}>
      {children}
    </div>
  );
}
