/**
 * The MyHealth module's entry (guideline 05): `manifest` and `bootstrap`, nothing else. The host
 * checks `manifest.specVersion.major`, calls `bootstrap({ settings, services })` once, and mounts
 * `manifest.components[0]`.
 */
// First: configures zod before any schema is used.
import '../config/zodConfig';
import type { MyHealthModuleBootstrap } from '@smals-belgium/myhealth-wc-integration';
import { defineElements } from './components';
import { provideHostServices } from './hostSession';
import { applyEnvironment, startRuntime } from './runtime';
import { isConfigName } from './environments';

export { manifest } from './manifest';

let started = false;

export const bootstrap: MyHealthModuleBootstrap = ({ settings, services }) => {
  if (!started) startRuntime();
  started = true;
  provideHostServices(services);
  if (isConfigName(settings?.configName)) applyEnvironment(settings.configName);
  defineElements();
};
