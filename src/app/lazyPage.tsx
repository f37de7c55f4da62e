import { use, type ComponentType } from 'react';

/**
 * A page loaded as its own chunk. Unlike React.lazy, a failed load (offline, a new deployment)
 * can be forgotten, so the error page's "Try again" loads it again instead of failing forever.
 * A failure stays until then: React renders the page again after a rejection, and a fresh
 * attempt at each of those renders would never let the error show.
 */
export function lazyPage(load: () => Promise<ComponentType>) {
  let loading: Promise<ComponentType> | null = null;
  let failed = false;
  const get = () => {
    if (!loading) {
      failed = false;
      loading = load();
      loading.catch(() => (failed = true));
    }
    return loading;
  };
  const forgetFailure = () => {
    if (failed) loading = null;
  };
  /** A fetch in the background: no page shows its failure, so it is forgotten at once. */
  const preload = () => get().then(() => undefined, forgetFailure);
  function LazyPage() {
    const Page = use(get());
    return <Page />;
  }
  return { Page: LazyPage, preload, forgetFailure };
}
