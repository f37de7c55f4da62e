export function nginxConfig(config: { environment: string; apiBaseUrl: string; oidc: { authority: string } }): string;
export const HSTS: string;
