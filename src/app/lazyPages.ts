import { ABOUT_PATH } from '../components/AboutExclusionsLink';
import { oneByOneWhenIdle } from '../components/idle';
import { lazyComponent } from '../components/lazyComponent';
import { revokeDialog } from '../features/exclusions/revokeDialogChunk';

// The form, the history and the explanation are their own chunks: the first screen does not load them.
export const declarePage = lazyComponent(() => import('../features/declare/DeclarePage'), 'DeclarePage');
export const historyPage = lazyComponent(() => import('../features/history/HistoryPage'), 'HistoryPage');
export const aboutPage = lazyComponent(() => import('../features/about/AboutExclusionsPage'), 'AboutExclusionsPage');
// So are the screens a patient sees only when something is wrong, and the dialogs the list does not
// open by itself (revoking asks for a click; a session ends later).
export const notFoundPage = lazyComponent(() => import('./NotFoundPage'), 'NotFoundPage');
const accessPages = () => import('./AccessPages');
export const noAccessPage = lazyComponent(accessPages, 'NoAccessPage');
export const accessCheckFailedPage = lazyComponent(accessPages, 'AccessCheckFailedPage');
export const tokenProblemsPage = lazyComponent(accessPages, 'TokenProblemsPage');
export const sessionExpiredDialog = lazyComponent(() => import('./SessionExpiredDialog'), 'SessionExpiredDialog');

const lazyChunks = [
  declarePage,
  historyPage,
  aboutPage,
  notFoundPage,
  noAccessPage,
  accessCheckFailedPage,
  tokenProblemsPage,
  revokeDialog,
  sessionExpiredDialog,
];

/**
 * Loads the other pages and the dialogs once the first screen is done, so they also open after the
 * network drops: one chunk per idle moment, so that no long task waits for the user's first click.
 */
export function preloadPages(): Promise<void> {
  return oneByOneWhenIdle(lazyChunks.map((chunk) => () => chunk.preload()));
}

/**
 * A load that lands on a page of its own chunk (a reload of the form, the history): its code is asked
 * for at once, beside the configuration and the messages, so the page is drawn in the app's first
 * render instead of one chunk later (boot.js has had the files fetched since the HTML).
 */
export function loadPageAt(pathname: string): void {
  const pages: Record<string, { preload: () => Promise<void> }> = { '/exclusions/new': declarePage, '/history': historyPage, [ABOUT_PATH]: aboutPage };
  void pages[pathname]?.preload();
}

/** Before "Try again": a page or dialog whose code did not load is fetched anew. */
export function forgetFailedPages(): void {
  for (const chunk of lazyChunks) chunk.forgetFailure();
}
