// The processes of `npm start` and `npm run start:keycloak`: when one stops or Ctrl-C comes, all stop.
export function runTogether(children, graceMs = 500) {
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    setTimeout(() => process.exit(code), graceMs);
  };
  for (const child of children) child.on('exit', (code) => stop(code ?? 0));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
}
