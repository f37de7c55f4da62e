import { use, type ComponentType } from 'react';

/**
 * A page loaded as its own chunk. Unlike React.lazy, a failed load (offline, a new deployment)
 * is forgotten, so the error boundary's "Try again" loads it again instead of failing forever.
 */
export function lazyPage(load: () => Promise<ComponentType>) {
  let loading: Promise<ComponentType> | null = null;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  function LazyPage() {
    const Page = use(preload());
    return <Page />;
  }
  return { Page: LazyPage, preload };
}
