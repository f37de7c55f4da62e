/**
 * `config-name` → where the API is (guideline 02). acc and prod are eHealth's; dev and int the
 * local sandbox (build-time configurable: VITE_MODULE_SANDBOX_API); demo is built-in data, no network.
 */
import type { ConfigName } from '@smals-belgium/myhealth-wc-integration';

export type Environment = { kind: 'api'; baseUrl: string } | { kind: 'demo' };

const SANDBOX_API = import.meta.env.VITE_MODULE_SANDBOX_API ?? 'http://localhost:8081/therapeuticExclusion/v2';

const API: Record<Exclude<ConfigName, 'demo'>, string> = {
  dev: SANDBOX_API,
  int: SANDBOX_API,
  // The cookbook's acceptance and production endpoints (deploy/config.*.json).
  acc: 'https://api-acpt.ehealth.fgov.be/therapeuticExclusion/v2',
  prod: 'https://api.ehealth.fgov.be/therapeuticExclusion/v2',
};

/** The `From` header (cookbook §5.1.2): whoever runs the module, set at build time. */
export const FROM_ADDRESS: string = import.meta.env.VITE_MODULE_FROM ?? 'operations@example.be';

export function isConfigName(value: unknown): value is ConfigName {
  return value === 'demo' || (typeof value === 'string' && Object.hasOwn(API, value));
}

export function environmentOf(configName: ConfigName): Environment {
  return configName === 'demo' ? { kind: 'demo' } : { kind: 'api', baseUrl: API[configName] };
}
