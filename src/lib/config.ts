/** Runtime configuration: public/config.json, fetched before the app renders and validated once. */
import { z } from 'zod';

/** Absolute, or relative to the page's origin (so one file serves the dev and preview servers). */
const urlOrPath = z.string().min(1).transform((value, ctx) => {
  try {
    return new URL(value, window.location.origin).toString();
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not a URL' });
    return z.NEVER;
  }
});

export const configSchema = z.object({
  environment: z.enum(['sandbox', 'acceptance', 'production']),
  apiBaseUrl: z.url(),
  fromAddress: z.email(),
  apiTimeoutMs: z.number().int().min(1000).max(120_000).default(20_000),
  oidc: z.object({
    authority: z.url(),
    clientId: z.string().min(1),
    redirectUri: urlOrPath,
    postLogoutRedirectUri: urlOrPath,
    scope: z.string().min(1),
    tokenExchangeAudience: z.string().min(1),
  }),
});

export type AppConfig = z.infer<typeof configSchema>;

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

export function parseConfig(raw: unknown): ConfigResult {
  const result = configSchema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
}

export async function loadConfig(url = '/config.json'): Promise<ConfigResult> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) return { ok: false, problems: [`${url}: HTTP ${response.status}`] };
    return parseConfig(await response.json());
  } catch (error) {
    return { ok: false, problems: [`${url}: ${error instanceof Error ? error.message : 'could not be read'}`] };
  }
}
