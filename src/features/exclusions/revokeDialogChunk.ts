import { lazyComponent } from '../../components/lazyComponent';

/**
 * The revoke dialog is its own chunk, fetched in the first idle moment after the list shows rows
 * (ExclusionsPage) and again with the other pages (src/app/lazyPages.ts) after a failure: the
 * list shows without it, and a click on Revoke finds it loaded.
 */
export const revokeDialog = lazyComponent(() => import('./RevokeDialog'), 'RevokeDialog');
