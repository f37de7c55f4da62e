// A MyHealth host, as small as it can be (guidelines 02, 03, 05, 06, 07, 11 of
// @smals-belgium/myhealth-wc-integration): it imports the module, checks the spec's major version,
// bootstraps it with its settings and services, mounts the entry, routes `open` events, sends
// `refresh` requests, and owns the user's tokens (its login, and the token exchange for a profile).
import { bootstrap, manifest } from '/module/index.js';

const IDP = 'http://localhost:8082';
const CLIENT_ID = 'myhealth-exclusions-sandbox';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

/** What the host saw, for the e2e specs to read (window.hostLog). */
const log = { tokenRequests: [], opened: [], printed: [], refreshed: [], offlineWrites: [], errors: [] };
window.hostLog = log;
window.addEventListener('error', (event) => log.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => log.errors.push(String(event.reason)));

const controls = document.getElementById('host-controls');
const outlet = document.getElementById('host-outlet');
const status = document.getElementById('host-status');
const say = (text) => {
  status.textContent = text;
};

const query = new URLSearchParams(location.search);
const settings = {
  userLanguage: query.get('lang') ?? 'en',
  configName: query.get('config') ?? 'dev',
  crashReportingEnabled: false,
  offlineDataStorageEnabled: false,
  isOfflineAuthenticated: false,
  authenticationStatus: query.get('auth') ?? 'online-authenticated',
  userContactInfo: { email: 'patient@example.be' },
};

// --- The user's tokens: the host's own login, then one exchange per profile (cached until it expires).
let people = [];
let login; // { login, token }
let profileSub = null;
const exchanged = new Map();

const expiresAt = (token) => JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).exp * 1000;

async function logIn(name) {
  exchanged.clear();
  login = undefined;
  if (!name) return;
  const response = await fetch(`/host/login?login=${encodeURIComponent(name)}`, { method: 'POST' });
  if (!response.ok) throw new Error(`host login: ${response.status}`);
  login = { login: name, token: (await response.json()).token };
}

async function exchange(audience) {
  const body = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    client_id: CLIENT_ID,
    subject_token: login.token,
    subject_token_type: ACCESS_TOKEN_TYPE,
    requested_token_type: ACCESS_TOKEN_TYPE,
  });
  if (audience) body.set('audience', audience);
  if (profileSub) body.set('requested_subject', profileSub);
  const response = await fetch(`${IDP}/token`, { method: 'POST', body });
  if (!response.ok) throw new Error(`token exchange: ${response.status}`);
  return (await response.json()).access_token;
}

const services = {
  async getAccessToken(audience) {
    log.tokenRequests.push(audience ?? null);
    if (!login || settings.authenticationStatus !== 'online-authenticated') throw new Error('no valid token');
    const key = `${profileSub ?? 'self'} ${audience ?? ''}`;
    const cached = exchanged.get(key);
    if (cached && expiresAt(cached) - Date.now() > 10_000) return cached;
    const token = await exchange(audience);
    exchanged.set(key, token);
    return token;
  },
  async getIdToken() {
    if (!login) throw new Error('no valid token');
    return login.token;
  },
  cacheDataStorage: new Map(),
  // The host encrypts what it keeps; this demo keeps it in memory and notes every write.
  offlineDataStorage: (() => {
    const store = new Map();
    return {
      get: async (key) => store.get(key) ?? null,
      set: async (key, value) => {
        log.offlineWrites.push(key);
        store.set(key, value);
      },
      delete: async (key) => {
        store.delete(key);
      },
    };
  })(),
  events: (() => {
    const target = new EventTarget();
    const listeners = new Map();
    return {
      addEventListener(type, listener) {
        listeners.set(type, [...(listeners.get(type) ?? []), listener]);
        target.addEventListener(type, listener);
      },
      removeEventListener(type) {
        for (const listener of listeners.get(type) ?? []) target.removeEventListener(type, listener);
        listeners.delete(type);
      },
      dispatch: (event) => target.dispatchEvent(event),
    };
  })(),
  patchContactInfo: () => [],
};

// --- Settings as attributes (kebab-case, strings), mirrored on every component (guideline 02).
const attributeOf = (setting) => setting.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const attributeValue = (value) => (typeof value === 'object' ? JSON.stringify(value) : String(value));

function applySettings(element) {
  for (const [setting, value] of Object.entries(settings)) element.setAttribute(attributeOf(setting), attributeValue(value));
}

function changeSetting(setting, value) {
  settings[setting] = value;
  const current = outlet.firstElementChild;
  if (current) current.setAttribute(attributeOf(setting), attributeValue(value));
  services.events.dispatch(new CustomEvent('settings-change', { detail: { setting, value } }));
}

// --- Mounting and navigation: the host shows one component at a time, and routes `open` (guideline 11).
const known = new Set(manifest.components.map((component) => component.tagName));

function mount(tagName, props = {}) {
  if (!known.has(tagName)) {
    say(`Unknown component ${tagName}`);
    return;
  }
  const element = document.createElement(tagName);
  Object.assign(element, props);
  applySettings(element);
  element.addEventListener('open', (event) => {
    log.opened.push(event.detail);
    mount(event.detail.componentTag, event.detail.props);
  });
  element.addEventListener('print', (event) => {
    log.printed.push({ title: event.detail.title, mimeType: event.detail.mimeType, length: event.detail.content.length });
    say(`Print requested: ${event.detail.title}`);
  });
  element.addEventListener('refresh', (event) => {
    if (event.detail.status === 'request') return;
    log.refreshed.push(event.detail.status);
    say(`Refresh: ${event.detail.status}`);
  });
  outlet.replaceChildren(element);
}

function refresh() {
  say('Refreshing…');
  outlet.firstElementChild?.dispatchEvent(new CustomEvent('refresh', { detail: { status: 'request' } }));
}

// --- The host's switchers.
function fillProfiles() {
  const person = people.find((p) => p.login === login?.login);
  controls.profile.replaceChildren(...(person?.profiles ?? []).map((p) => new Option(p.name, p.sub ?? '')));
  profileSub = null;
}

async function start() {
  const [major] = (document.documentElement.dataset.hostSpec ?? '').split('.').map(Number);
  if (manifest.specVersion.major !== major) {
    say(`Refused: the module speaks spec ${manifest.specVersion.major}, this host ${major}.`);
    return;
  }
  people = await (await fetch('/host/people')).json();
  controls.login.replaceChildren(new Option('(nobody)', ''), ...people.map((p) => new Option(p.name, p.login)));
  controls.login.value = query.get('login') ?? 'anna';
  await logIn(controls.login.value);
  fillProfiles();
  controls.userLanguage.value = settings.userLanguage;
  controls.configName.value = settings.configName;
  controls.authenticationStatus.value = settings.authenticationStatus;

  bootstrap({ settings: { ...settings }, services });
  mount(manifest.components[0].tagName);
  document.documentElement.dataset.hostReady = 'true';
}

controls.addEventListener('change', (event) => {
  const { name } = event.target;
  if (name === 'login') {
    void logIn(event.target.value).then(fillProfiles);
  } else if (name === 'profile') {
    // The host's profile switch: the next token names the other person.
    profileSub = event.target.value || null;
  } else if (name === 'offlineDataStorageEnabled') {
    changeSetting(name, event.target.checked);
  } else {
    changeSetting(name, event.target.value);
  }
});
document.getElementById('host-refresh').addEventListener('click', refresh);

start().catch((error) => {
  log.errors.push(String(error));
  say(`The host could not start: ${error}`);
});
