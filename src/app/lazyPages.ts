import { lazyPage } from './lazyPage';

// The form, the history and the explanation are their own chunks: the first screen does not load them.
export const declarePage = lazyPage(() => import('../features/declare/DeclarePage'), 'DeclarePage');
export const historyPage = lazyPage(() => import('../features/history/HistoryPage'), 'HistoryPage');
export const aboutPage = lazyPage(() => import('../features/about/AboutExclusionsPage'), 'AboutExclusionsPage');

const pages = [declarePage, historyPage, aboutPage];

/** Loads the other pages once the first screen is done, so they also open after the network drops. */
export function preloadPages(): Promise<void> {
  return Promise.all(pages.map((page) => page.preload())).then(() => undefined);
}

/** Before "Try again": a page whose code did not load is fetched anew. */
export function forgetFailedPages(): void {
  for (const page of pages) page.forgetFailure();
}
