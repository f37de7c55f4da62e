import { use, useState, type ComponentType } from 'react';

/**
 * The URL of the module a failed `import()` could not fetch, as the browser names it in its
 * message (Chromium: "Failed to fetch dynamically imported module: <url>"; Firefox: "error loading
 * dynamically imported module: <url>").
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return /(https?:\/\/[^\s'"]+)\s*$/.exec(message)?.[1];
}

/** The same module under a new URL: a browser keeps a failed module URL failed for the whole page. */
function retryUrl(url: string, attempt: number): string {
  const next = new URL(url);
  next.searchParams.set('retry', String(attempt));
  return next.toString();
}

/**
 * A component loaded as its own chunk (a page, or a dialog the first screen does not need).
 * React.lazy does not serve: it caches the rejected promise, so a failed chunk fails until a reload
 * (facebook/react#14254; react.dev/reference/react/lazy), and the routes are declarative, so React
 * Router's route `lazy` is not there. Unlike
 * React.lazy, a failed load (offline, a new deployment) can be forgotten, so the error page's
 * "Try again" loads it again instead of failing forever. Browsers that follow the older HTML rule
 * (Chromium 150, Debian 12's `bookworm` package) never fetch a module URL again once it failed in
 * this page: the retry asks for the URL the browser named, with a query that makes it a new module.
 * A failure stays until "Try again": React renders the component again after a rejection, and a
 * fresh attempt at each of those renders would never let the error show.
 */
export function lazyComponent<Module, Name extends keyof Module, Props extends object = Module[Name] extends ComponentType<infer P extends object> ? P : never>(
  load: () => Promise<Module>,
  name: Name,
) {
  let loading: Promise<ComponentType<Props>> | null = null;
  // Once loaded, rendered at once: `use` suspends on a promise it has not seen before, even a settled one.
  let loaded: ComponentType<Props> | null = null;
  let failed = false;
  let failedUrl: string | undefined;
  let attempts = 0;
  const get = () => {
    if (!loading) {
      failed = false;
      const source: Promise<Module> = failedUrl ? import(/* @vite-ignore */ retryUrl(failedUrl, ++attempts)) : load();
      loading = source.then((module) => (loaded = module[name] as ComponentType<Props>));
      loading.catch((error: unknown) => {
        failed = true;
        failedUrl = failedModuleUrl(error) ?? failedUrl;
      });
    }
    return loading;
  };
  const forgetFailure = () => {
    if (failed) loading = null;
  };
  /** A fetch in the background: no page shows its failure, so it is forgotten at once. */
  const preload = () => get().then(() => undefined, forgetFailure);
  function Lazy(props: Props) {
    const Loaded = loaded ?? use(get());
    return <Loaded {...props} />;
  }
  return { Component: Lazy, preload, forgetFailure };
}

/**
 * True from the first render in which `wanted` is: a lazy dialog's code is asked for when it first
 * opens, and the dialog then stays mounted, so that closing it returns focus as it should.
 */
export function useWantedOnce(wanted: boolean): boolean {
  const [once, setOnce] = useState(wanted);
  if (wanted && !once) setOnce(true);
  return once || wanted;
}
