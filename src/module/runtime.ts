/**
 * What the module's components share (guideline 01: one family, one cache): the query cache, the
 * environment chosen by `config-name`, and the memory that replaces the tab's storage.
 */
import type { ConfigName } from '@smals-belgium/myhealth-wc-integration';
import { configureHttp } from '../api/http';
import { provideTokenSource } from '../api/tokenSource';
import { createQueryClient } from '../app/queryClient';
import { clearDrafts } from '../components/drafts';
import { memoryStorage, provideTabStorage } from '../components/tabStorage';
import { demoTokenSource, demoTransport } from './demo/demoTransport';
import { environmentOf, FROM_ADDRESS } from './environments';
import { hostTokenSource, onPersonSwitch } from './hostSession';

export const queryClient = createQueryClient();

let configName: ConfigName | undefined;

/** Once per page: drafts live in memory only (guideline 12), and a profile switch drops the last person's. */
export function startRuntime(): void {
  provideTabStorage(memoryStorage());
  onPersonSwitch(() => {
    queryClient.clear();
    clearDrafts();
  });
}

/** Points the API client at the environment; a change (to `demo`, at runtime) empties the cache. */
export function applyEnvironment(next: ConfigName): void {
  if (next === configName) return;
  if (configName !== undefined) queryClient.clear();
  configName = next;
  const environment = environmentOf(next);
  if (environment.kind === 'demo') {
    configureHttp({ baseUrl: 'https://demo.invalid/therapeuticExclusion/v2', from: FROM_ADDRESS, timeoutMs: 20_000, transport: demoTransport });
    provideTokenSource(demoTokenSource);
  } else {
    configureHttp({ baseUrl: environment.baseUrl, from: FROM_ADDRESS, timeoutMs: 20_000 });
    provideTokenSource(hostTokenSource);
  }
}
