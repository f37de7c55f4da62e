/** Runtime configuration: public/config.json, fetched before the app renders and validated once. */
// zod/mini: the first screen loads these schemas, and the classic API costs ~20 KB gzip more.
import * as z from 'zod/mini';
import { LANGUAGES, type Language } from '../domain/languages';

/** The token exchange's own parameters (RFC 8693 §2.1): the subject parameter cannot be one of them. */
const EXCHANGE_PARAMETERS = ['grant_type', 'client_id', 'subject_token', 'subject_token_type', 'requested_token_type', 'audience', 'resource', 'scope'];

const nonEmpty = () => z.string().check(z.minLength(1));
/** Absolute, or relative to the page's origin (so one file serves the dev and preview servers). */
const urlOrPath = () =>
  nonEmpty().check(
    z.refine((value) => {
      try {
        new URL(value, 'https://relative.invalid');
        return true;
      } catch {
        return false;
      }
    }, 'is not a URL'),
  );

export const configSchema = z.object({
  environment: z.enum(['sandbox', 'acceptance', 'production']),
  apiBaseUrl: z.url(),
  fromAddress: z.email(),
  apiTimeoutMs: z._default(z.int().check(z.gte(1000), z.lte(120_000)), 20_000),
  /** History authors: the client id the service records → the name patients know (one, or one per language). */
  // A name for every language, or per language (a language not given reads the English one).
  applications: z._default(z.record(z.string(), z.union([nonEmpty(), z.partialRecord(z.enum(LANGUAGES as [Language, ...Language[]]), nonEmpty())])), {}),
  oidc: z.object({
    authority: z.url(),
    clientId: nonEmpty(),
    redirectUri: urlOrPath(),
    postLogoutRedirectUri: urlOrPath(),
    scope: nonEmpty(),
    tokenExchangeAudience: nonEmpty(),
    /**
     * How the profile switch names the person: I.AM Connect's parameter is not public, so an
     * operator matches their client here. Keycloak's legacy exchange reads `requested_subject`.
     */
    tokenExchangeSubjectParameter: z._default(
      nonEmpty().check(
        z.regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'must be a form parameter name (letters, digits, _ . -)'),
        z.refine((name) => !EXCHANGE_PARAMETERS.includes(name), 'is already a parameter of the token exchange'),
      ),
      'requested_subject',
    ),
    /** `sub`: the `may_act` entry's subject id (what MyHealth's components use); `ssin`: the national register number. */
    tokenExchangeSubjectValue: z._default(z.enum(['sub', 'ssin']), 'sub'),
  }),
});

export type AppConfig = z.infer<typeof configSchema>;

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
