export function resolveStaticPath(
  root: string,
  rawUrl: string,
  isFile: (file: string) => boolean,
): { status: 400 } | { status: 404 } | { status: 200; file: string; served: string };
