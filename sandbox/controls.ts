/**
 * Who may talk to the sandbox as it runs on a user's machine. Both servers answer only requests
 * addressed to a loopback name with their own port, so a DNS-rebinding page (Host: evil.example)
 * gets nothing. The test controls (/__sandbox/*: reset, faults, recorded requests with SSINs, token
 * lifetime) also need a custom header, which a browser sends cross-origin only after a CORS
 * preflight these routes never grant, and an app origin when the request names one: a web page on
 * another local origin cannot reset data, inject faults, or read what was recorded.
 */

/** The header every control request carries (Playwright and the bench send it; no browser page can). */
export const CONTROL_HEADER = 'X-Sandbox-Control';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export function isLoopbackAddress(address: string | undefined): boolean {
  return address === '::1' || address === '::ffff:127.0.0.1' || (address ?? '').startsWith('127.');
}

/** The Host header names this server: a loopback name and the port it listens on. */
export function hostAllowed(host: string | undefined, localPort: number | undefined): boolean {
  if (!host) return false;
  return LOOPBACK_NAMES.some((name) => host === `${name}:${localPort}` || (localPort === undefined && host.startsWith(`${name}:`)));
}

/** Why a control request is refused, or undefined when it may proceed. */
export function controlRefusal(
  request: { remoteAddress?: string; header: (name: string) => string | undefined },
  appOrigins: readonly string[],
): string | undefined {
  if (!isLoopbackAddress(request.remoteAddress)) return 'Loopback only';
  if (request.header(CONTROL_HEADER) !== '1') return `Send ${CONTROL_HEADER}: 1`;
  const origin = request.header('Origin');
  if (origin !== undefined && !appOrigins.includes(origin)) return 'Origin not allowed';
  return undefined;
}
