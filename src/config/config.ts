/** Runtime configuration: public/config.json, fetched before the app renders and validated once. */
// zod/mini, and only the kinds the wire schemas load too (see src/api/schemaKinds.ts): the first
// screen carries them. z.url, z.email, z.int, z.partialRecord, z.regex and z.minLength would add
// 3 KB gzip (measured), for checks a refine says as well.
import * as z from 'zod/mini';
import { isPlainObject, oneOf, recordOf, satisfying } from '../api/schemaKinds';
import { LANGUAGES, type Language } from '../domain/languages';

/** The token exchange's own parameters (RFC 8693 §2.1): the subject parameter cannot be one of them. */
const EXCHANGE_PARAMETERS = ['grant_type', 'client_id', 'subject_token', 'subject_token_type', 'requested_token_type', 'audience', 'resource', 'scope'];

const nonEmpty = () => z.string().check(z.refine((value) => value.length > 0, 'must not be empty'));
const matching = (pattern: RegExp, message: string) => z.refine<string>((value) => pattern.test(value), message);

function parsedUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL. */
const absoluteUrl = () => nonEmpty().check(z.refine((value) => /^https?:$/.test(parsedUrl(value)?.protocol ?? ''), 'is not an http(s) URL'));
/** Absolute, or relative to the page's origin (so one file serves the dev and preview servers). */
const urlOrPath = () => nonEmpty().check(z.refine((value) => parsedUrl(value, 'https://relative.invalid') !== undefined, 'is not a URL'));
/** Something at something dot something: the `From` header names a mailbox (RFC 9110 §10.1.2). */
const mailbox = () => nonEmpty().check(matching(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'is not an e-mail address'));
const wholeNumber = (min: number, max: number) =>
  z.number().check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, `must be a whole number from ${min} to ${max}`));
/** An application's name: one for every language, or one per language for some of the site's languages. */
export type ApplicationName = string | Partial<Record<Language, string>>;

function applicationNameProblem(value: unknown): string | undefined {
  if (typeof value === 'string') return value ? undefined : 'must not be empty';
  if (!isPlainObject(value)) return 'must be a name, or names by language';
  const entries = Object.entries(value);
  if (!entries.every(([key]) => LANGUAGES.includes(key as Language))) return `may only name ${LANGUAGES.join(', ')}`;
  return entries.every(([, name]) => typeof name === 'string' && name.length > 0) ? undefined : 'must not be empty';
}

export const configSchema = z.object({
  environment: oneOf(['sandbox', 'acceptance', 'production']),
  apiBaseUrl: absoluteUrl(),
  fromAddress: mailbox(),
  /** Default 20 s. */
  apiTimeoutMs: z.optional(wholeNumber(1000, 120_000)),
  /** History authors: the client id the service records → the name patients know (one, or one per language). */
  // A name for every language, or per language (a language not given reads the English one).
  applications: z.optional(recordOf(satisfying<ApplicationName>(applicationNameProblem))),
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
    tokenExchangeSubjectParameter: z.optional(
      nonEmpty().check(
        matching(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'must be a form parameter name (letters, digits, _ . -)'),
        z.refine((name) => !EXCHANGE_PARAMETERS.includes(name), 'is already a parameter of the token exchange'),
      ),
    ),
    /** `sub` (the default): the `may_act` entry's subject id (what MyHealth's components use); `ssin`: the national register number. */
    tokenExchangeSubjectValue: z.optional(oneOf(['sub', 'ssin'])),
  }),
});

type ConfigFile = z.infer<typeof configSchema>;

/** The configuration with its defaults filled in. */
export type AppConfig = Omit<ConfigFile, 'apiTimeoutMs' | 'applications' | 'oidc'> & {
  apiTimeoutMs: number;
  applications: Record<string, ApplicationName>;
  oidc: Required<ConfigFile['oidc']>;
};

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

export function parseConfig(raw: unknown): ConfigResult {
  const result = configSchema.safeParse(raw);
  if (result.success) {
    const resolve = (uri: string) => new URL(uri, window.location.origin).toString();
    const { oidc, apiTimeoutMs = 20_000, applications = {} } = result.data;
    return {
      ok: true,
      config: {
        ...result.data,
        apiTimeoutMs,
        applications,
        oidc: {
          ...oidc,
          redirectUri: resolve(oidc.redirectUri),
          postLogoutRedirectUri: resolve(oidc.postLogoutRedirectUri),
          tokenExchangeSubjectParameter: oidc.tokenExchangeSubjectParameter ?? 'requested_subject',
          tokenExchangeSubjectValue: oidc.tokenExchangeSubjectValue ?? 'sub',
        },
      },
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
