import { lazyPage } from './lazyPage';

// The form and the history are their own chunks: the first screen does not load them.
export const declarePage = lazyPage(() => import('../features/declare/DeclarePage'), 'DeclarePage');
export const historyPage = lazyPage(() => import('../features/history/HistoryPage'), 'HistoryPage');

/** Loads the other pages once the first screen is done, so they also open after the network drops. */
export function preloadPages(): Promise<void> {
  return Promise.all([declarePage.preload(), historyPage.preload()]).then(() => undefined);
}

/** Before "Try again": a page whose code did not load is fetched anew. */
export function forgetFailedPages(): void {
  declarePage.forgetFailure();
  historyPage.forgetFailure();
}
