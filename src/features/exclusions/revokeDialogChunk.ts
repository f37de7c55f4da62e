import { lazyComponent } from '../../components/lazyComponent';

/**
 * The revoke dialog is its own chunk, fetched with the other pages once the first screen is idle
 * (src/app/lazyPages.ts): the list shows without it, and a click on Revoke finds it loaded.
 */
export const revokeDialog = lazyComponent(() => import('./RevokeDialog'), 'RevokeDialog');
