export function nginxConfig(
  config: { environment: string; apiBaseUrl: string; oidc: { authority: string } },
  options?: { listen?: number | string; root?: string },
): string;
export const HSTS: string;
