/**
 * A custom element per page: a shadow root with the styles inside (guideline 09), the host
 * settings read from attributes whenever they change (guidelines 02, 04, 22), props set by the
 * host as properties (guideline 03, `open`), and the `refresh` request answered (guideline 06).
 */
import type { AuthenticationStatus } from '@smals-belgium/myhealth-wc-integration';
import { StrictMode, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { isLanguage } from '../i18n/locales';
import { arrivalKeyAtMount } from './eventNavigation';
import { identify } from './hostSession';
import { isConfigName } from './environments';
import { ModuleRoot, type ModuleSettings } from './ModuleRoot';
import { applyEnvironment, queryClient } from './runtime';
import styles from './moduleStyles';

/** The host settings as attributes (the library's `webComponentAttributes`, 5.0.8). */
export const HOST_ATTRIBUTES = [
  'user-language',
  'config-name',
  'crash-reporting-enabled',
  'offline-data-storage-enabled',
  'is-offline-authenticated',
  'authentication-status',
  'user-contact-info',
] as const;

/** The props a host may pass with `open` (see eventNavigation.tsx and README). */
const PROPS = ['prefill', 'lookup', 'flash'] as const;

const STATUSES: readonly AuthenticationStatus[] = ['unauthenticated', 'online-authenticated', 'offline-authenticated'];

export function readSettings(element: HTMLElement): ModuleSettings {
  const language = element.getAttribute('user-language');
  const configName = element.getAttribute('config-name');
  const status = element.getAttribute('authentication-status') as AuthenticationStatus | null;
  return {
    language: isLanguage(language) ? language : 'en',
    // Built for one of dev/int/acc/prod (guideline 02); a missing or unknown name is not a reason to call anything.
    configName: isConfigName(configName) ? configName : 'demo',
    authenticationStatus: status && STATUSES.includes(status) ? status : 'unauthenticated',
  };
}

export abstract class ExclusionsElement extends HTMLElement {
  static observedAttributes = [...HOST_ATTRIBUTES];
  protected abstract readonly Page: ComponentType;
  protected readonly isPublic: boolean = false;
  #root: Root | undefined;
  readonly #mount: HTMLDivElement;
  #props: Record<string, unknown> = {};
  #arrivalKey = 'default';

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = styles;
    this.#mount = document.createElement('div');
    shadow.append(style, this.#mount);
    for (const name of PROPS) {
      // A host may set a prop before the element is defined: an own property that would hide ours.
      const preset: unknown = Object.getOwnPropertyDescriptor(this, name)?.value;
      if (preset !== undefined) this.#props[name] = preset;
      Object.defineProperty(this, name, {
        configurable: true,
        get: () => this.#props[name],
        set: (value: unknown) => {
          this.#props = { ...this.#props, [name]: value };
          this.#render();
        },
      });
    }
  }

  connectedCallback(): void {
    this.#arrivalKey = arrivalKeyAtMount();
    this.#root ??= createRoot(this.#mount, { onUncaughtError: () => undefined });
    this.addEventListener('refresh', this.#onRefresh);
    this.#render();
  }

  disconnectedCallback(): void {
    this.removeEventListener('refresh', this.#onRefresh);
    const root = this.#root;
    this.#root = undefined;
    // React may be rendering right now (the host removed us from an event handler): after it.
    setTimeout(() => root?.unmount());
  }

  attributeChangedCallback(): void {
    this.#render();
  }

  #render(): void {
    if (!this.#root) return;
    const settings = readSettings(this);
    applyEnvironment(settings.configName);
    this.#root.render(
      <StrictMode>
        <ModuleRoot element={this} Page={this.Page} isPublic={this.isPublic} settings={settings} arrival={this.#props} arrivalKey={this.#arrivalKey} />
      </StrictMode>,
    );
  }

  readonly #onRefresh = (event: Event): void => {
    const detail = (event as CustomEvent<{ status?: string }>).detail;
    if (detail?.status !== 'request') return;
    void this.refresh().then((status) => this.dispatchEvent(new CustomEvent('refresh', { detail: { status } })));
  };

  /** Reads again what is on screen, for the person the host's token names now. */
  async refresh(): Promise<'success' | 'fail'> {
    try {
      const settings = readSettings(this);
      if (!this.isPublic && settings.configName !== 'demo' && settings.authenticationStatus === 'online-authenticated') await identify();
      await queryClient.refetchQueries({ type: 'active' });
      const failed = queryClient
        .getQueryCache()
        .findAll({ type: 'active' })
        .some((query) => query.state.status === 'error');
      return failed ? 'fail' : 'success';
    } catch {
      return 'fail';
    }
  }
}
