// Which file of dist/ a request path names, for scripts/serve.mjs. Never a file outside the root
// (the check needs the separator: /..%2fdist-sibling/x must not pass as inside "dist"), and a
// path that cannot be decoded (malformed percent-encoding, a NUL byte) is a 400, not a crash.
import { extname, join, normalize, sep } from 'node:path';

/**
 * @param {string} root absolute folder served
 * @param {string} rawUrl the request target (path and query)
 * @param {(file: string) => boolean} isFile whether a regular file exists there
 * @returns {{ status: 400 } | { status: 404 } | { status: 200, file: string, served: string }}
 */
export function resolveStaticPath(root, rawUrl, isFile) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  const file = normalize(join(root, pathname));
  // A path that climbs out of the root is an attack, not a route: no page for it.
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return { status: 400 };
  // Source maps stay on the server (vite builds them hidden), as in deploy/nginx.conf.
  if (extname(pathname) === '.map') return { status: 404 };
  if (isFile(file)) return { status: 200, file, served: pathname };
  // Paths that look like files get a real 404; app routes get the page.
  if (extname(pathname) && pathname !== '/') return { status: 404 };
  return { status: 200, file: join(root, 'index.html'), served: '/index.html' };
}
