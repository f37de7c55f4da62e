/** A tiny signal for "the session has ended": the API layer raises it, the app shell listens. */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceSessionExpired(): void {
  listeners.forEach((listener) => listener());
}
