import type { HostServices, MyHealthModuleConfig } from '@smals-belgium/myhealth-wc-integration';
import { version } from '@smals-belgium/myhealth-wc-integration/package.json';
import { within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, manifest } from './index';
import { readSettings } from './ExclusionsElement';

const fetchMock = vi.fn<typeof fetch>();
const getAccessToken = vi.fn<HostServices['getAccessToken']>();

function config(configName: MyHealthModuleConfig['settings']['configName'] = 'demo'): MyHealthModuleConfig {
  const services = {
    getAccessToken,
    getIdToken: vi.fn(),
    cacheDataStorage: new Map(),
    offlineDataStorage: { get: vi.fn(), set: vi.fn(), delete: vi.fn() },
    events: { addEventListener: vi.fn(), removeEventListener: vi.fn() },
    patchContactInfo: vi.fn(() => []),
  } as unknown as HostServices;
  const settings = {
    userLanguage: 'en',
    configName,
    crashReportingEnabled: false,
    offlineDataStorageEnabled: false,
    isOfflineAuthenticated: false,
    authenticationStatus: 'online-authenticated',
    userContactInfo: {},
  } as MyHealthModuleConfig['settings'];
  return { settings, services };
}

function mount(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const screenOf = (element: HTMLElement) => within(element.shadowRoot as unknown as HTMLElement);

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  // jsdom lays nothing out; a page opened by `open` scrolls its heading into view.
  Element.prototype.scrollIntoView = () => undefined;
  bootstrap(config());
});
afterEach(() => {
  document.body.replaceChildren();
  fetchMock.mockReset();
  getAccessToken.mockReset();
  vi.unstubAllGlobals();
});

describe('manifest', () => {
  it('speaks the installed library’s spec version, with the list as its entry and the mandate it needs', () => {
    const [major, minor, patch] = version.split('.').map(Number);
    expect(manifest.specVersion).toEqual({ major, minor, patch });
    expect(manifest.components.map((c) => c.tagName)).toEqual(['te-exclusions', 'te-declare-exclusion', 'te-exclusion-history', 'te-about-exclusions']);
    expect(manifest.components.every((c) => c.events?.includes('open') && c.events.includes('refresh'))).toBe(true);
    expect(manifest.permissionsForMandateAccess).toEqual(['medicaldatamanagement']);
  });
});

describe('bootstrap', () => {
  it('defines every component, and a second call does not throw', () => {
    expect(() => bootstrap(config())).not.toThrow();
    for (const { tagName } of manifest.components) expect(customElements.get(tagName)).toBeDefined();
  });
});

describe('host settings', () => {
  it('reads attributes as strings, falling back to what calls nothing', () => {
    const element = document.createElement('te-exclusions');
    expect(readSettings(element)).toEqual({ language: 'en', configName: 'demo', authenticationStatus: 'unauthenticated' });
    element.setAttribute('user-language', 'de');
    element.setAttribute('config-name', 'acc');
    element.setAttribute('authentication-status', 'online-authenticated');
    expect(readSettings(element)).toEqual({ language: 'de', configName: 'acc', authenticationStatus: 'online-authenticated' });
    element.setAttribute('user-language', 'xx');
    element.setAttribute('authentication-status', 'true');
    expect(readSettings(element)).toMatchObject({ language: 'en', authenticationStatus: 'unauthenticated' });
  });

  it('demo: shows the built-in exclusions with no token asked for and no request, and re-translates in place', async () => {
    const element = mount('te-exclusions', { 'user-language': 'en', 'config-name': 'demo', 'authentication-status': 'online-authenticated' });
    const screen = screenOf(element);
    expect(await screen.findByRole('heading', { level: 1, name: 'Excluded care providers' })).toBeInTheDocument();
    expect(await screen.findByText('Anne Peeters')).toBeInTheDocument();
    element.setAttribute('user-language', 'fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Prestataires de soins exclus' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(document.documentElement.lang).not.toBe('fr');
  });

  it('not logged in online: says so, and asks the host for no token', async () => {
    const element = mount('te-exclusions', { 'user-language': 'nl', 'config-name': 'dev', 'authentication-status': 'unauthenticated' });
    expect(await screenOf(element).findByText('Meld je aan om je therapeutische uitsluitingen te zien.')).toBeInTheDocument();
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('navigation is the host’s: a link sends `open` naming the component, and nothing changes the URL', async () => {
    const element = mount('te-exclusions', { 'user-language': 'en', 'config-name': 'demo', 'authentication-status': 'online-authenticated' });
    const opened = new Promise<CustomEvent>((resolve) => element.addEventListener('open', (event) => resolve(event as CustomEvent), { once: true }));
    const before = window.location.href;
    (await screenOf(element).findByRole('link', { name: 'Exclude a care provider' })).click();
    expect((await opened).detail).toEqual({ componentTag: 'te-declare-exclusion', props: {} });
    expect(window.location.href).toBe(before);
  });

  it('answers a refresh request with success once the list is read again', async () => {
    const element = mount('te-exclusions', { 'user-language': 'en', 'config-name': 'demo', 'authentication-status': 'online-authenticated' });
    await screenOf(element).findByText('Anne Peeters');
    const answer = new Promise<string>((resolve) =>
      element.addEventListener('refresh', (event) => {
        const { status } = (event as CustomEvent<{ status: string }>).detail;
        if (status !== 'request') resolve(status);
      }),
    );
    element.dispatchEvent(new CustomEvent('refresh', { detail: { status: 'request' } }));
    expect(await answer).toBe('success');
  });
});

const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const tokenFor = (ssin: string, firstName: string) =>
  jwt({ ssin: '85071412330', sub: 'anna', userProfile: { ssin, firstName, lastName: 'Peeters' }, exp: Math.floor(Date.now() / 1000) + 600 });
const listOf = (name: string) =>
  new Response(
    JSON.stringify([
      { patient: { identifier: [] }, hcParty: { identifier: [{ type: 'ssin', value: '65031204511' }], name, qualificationCode: 'persphysician' } },
    ]),
    {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    },
  );

describe('the host’s tokens', () => {
  it('asks for the backend’s audience before each request, shows the person the token names, and follows a profile switch on refresh', async () => {
    const annaToken = tokenFor('85071412330', 'Anna');
    getAccessToken.mockResolvedValue(annaToken as never);
    fetchMock.mockImplementation(async (url) => listOf(String(url).includes('15061023446') ? 'Child-Doctor' : 'Self-Doctor'));
    const element = mount('te-exclusions', { 'user-language': 'en', 'config-name': 'dev', 'authentication-status': 'online-authenticated' });
    const screen = screenOf(element);
    expect(await screen.findByText('Self-Doctor')).toBeInTheDocument();
    expect(getAccessToken).toHaveBeenCalledWith('ehealth-exclusion-backend');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(String(url)).toBe('http://localhost:8081/therapeuticExclusion/v2/therapeuticExclusions/85071412330');
    expect(init?.headers).toMatchObject({ Authorization: `Bearer ${annaToken}`, From: 'operations@example.be' });

    // The host switched to the child: the next token names her; a refresh shows her exclusions.
    getAccessToken.mockResolvedValue(tokenFor('15061023446', 'Lina') as never);
    element.dispatchEvent(new CustomEvent('refresh', { detail: { status: 'request' } }));
    expect(await screen.findByText('Child-Doctor')).toBeInTheDocument();
    expect(screen.queryByText('Self-Doctor')).not.toBeInTheDocument();
  });
});

describe('a language change', () => {
  it('keeps what was typed in the declare form', async () => {
    const element = mount('te-declare-exclusion', { 'user-language': 'en', 'config-name': 'demo', 'authentication-status': 'online-authenticated' });
    const screen = screenOf(element);
    const [field] = await screen.findAllByRole('textbox');
    field!.focus();
    // A controlled input: set the value the way a user's typing does, then tell React.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, '6503');
    field!.dispatchEvent(new Event('input', { bubbles: true }));
    element.setAttribute('user-language', 'de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einen Gesundheitsdienstleister ausschließen' })).toBeInTheDocument();
    expect(await screen.findByDisplayValue('6503')).toBeInTheDocument();
  });
});
