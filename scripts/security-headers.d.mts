export function connectOrigins(config: { apiBaseUrl: string; oidc: { authority: string } }): string[];
export function contentSecurityPolicy(config: { apiBaseUrl: string; oidc: { authority: string } }): string;
export function securityHeaders(config: { apiBaseUrl: string; oidc: { authority: string } }): Record<string, string>;
export function cacheControl(pathname: string): string;
