/** Runtime configuration: public/config.json, fetched before the app renders and validated once. */
// zod/mini's own kinds, each with the words an operator reads in its `error` (zod/mini loads no
// locale: its own messages are "Invalid input").
import * as z from 'zod/mini';
import { LANGUAGES } from '../domain/languages';

/** The token exchange's own parameters (RFC 8693 §2.1): the subject parameter cannot be one of them. */
const EXCHANGE_PARAMETERS = ['grant_type', 'client_id', 'subject_token', 'subject_token_type', 'requested_token_type', 'audience', 'resource', 'scope'];

const nonEmpty = () => z.string().check(z.minLength(1, 'must not be empty'));
const choice = <const T extends readonly string[]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** An absolute http(s) URL. */
const absoluteUrl = () => z.url({ protocol: /^https?$/, error: 'is not an http(s) URL' });
/** Absolute, or relative to the page's origin (so one file serves the dev and preview servers): z.url takes only absolute ones. */
const urlOrPath = () => nonEmpty().check(z.refine(isUrlOrPath, 'is not a URL'));
function isUrlOrPath(value: string): boolean {
  try {
    return new URL(value, 'https://relative.invalid').href !== '';
  } catch {
    return false;
  }
}
/** The `From` header names a mailbox (RFC 9110 §10.1.2). */
const mailbox = () => z.email({ error: 'is not an e-mail address' });
const wholeNumber = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.int({ error }).check(z.minimum(min, error), z.maximum(max, error));
};

/** An application's name: one for every language, or one per language for some of the site's languages. */
const applicationName = z.union(
  [
    nonEmpty(),
    // Its own issue is a key outside the site's languages (not an object at all is the union's).
    z.partialRecord(z.enum(LANGUAGES), nonEmpty(), { error: `may only name ${LANGUAGES.join(', ')}` }),
  ],
  { error: 'must be a name, or names by language' },
);
export type ApplicationName = z.infer<typeof applicationName>;

export const configSchema = z.object({
  environment: choice(['sandbox', 'acceptance', 'production']),
  apiBaseUrl: absoluteUrl(),
  fromAddress: mailbox(),
  apiTimeoutMs: z._default(wholeNumber(1000, 120_000), 20_000),
  /** History authors: the client id the service records → the name patients know (one, or one per language). */
  // A language not given reads the English one.
  applications: z._default(z.record(z.string(), applicationName), {}),
  oidc: z.object({
    authority: absoluteUrl(),
    clientId: nonEmpty(),
    redirectUri: urlOrPath(),
    postLogoutRedirectUri: urlOrPath(),
    scope: nonEmpty(),
    tokenExchangeAudience: nonEmpty(),
    /**
     * How the profile switch names the person: I.AM Connect's parameter is not public, so an
     * operator matches their client here. Keycloak's legacy exchange reads `requested_subject` (the default).
     */
    tokenExchangeSubjectParameter: z._default(
      nonEmpty().check(
        z.regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'must be a form parameter name (letters, digits, _ . -)'),
        z.refine((name) => !EXCHANGE_PARAMETERS.includes(name), 'is already a parameter of the token exchange'),
      ),
      'requested_subject',
    ),
    /** `sub` (the default): the `may_act` entry's subject id (what MyHealth's components use); `ssin`: the national register number. */
    tokenExchangeSubjectValue: z._default(choice(['sub', 'ssin']), 'sub'),
  }),
});

/** The configuration with its defaults filled in and the redirect URIs made absolute. */
export type AppConfig = z.output<typeof configSchema>;

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

export function parseConfig(raw: unknown): ConfigResult {
  const result = configSchema.safeParse(raw);
  if (result.success) {
    const resolve = (uri: string) => new URL(uri, window.location.origin).toString();
    const { oidc } = result.data;
    return {
      ok: true,
      config: { ...result.data, oidc: { ...oidc, redirectUri: resolve(oidc.redirectUri), postLogoutRedirectUri: resolve(oidc.postLogoutRedirectUri) } },
    };
  }
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
}

export async function loadConfig(url = '/config.json'): Promise<ConfigResult> {
  try {
    // No cache option: the server sends no-store, and the preload in index.html must match this request.
    const response = await fetch(url);
    if (!response.ok) return { ok: false, problems: [`${url}: HTTP ${response.status}`] };
    return parseConfig(await response.json());
  } catch (error) {
    return { ok: false, problems: [`${url}: ${error instanceof Error ? error.message : 'could not be read'}`] };
  }
}
