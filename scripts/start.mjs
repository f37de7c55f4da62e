#!/usr/bin/env node
// `npm start`: the sandbox (identity provider + API) and the app's dev server, stopped together.
import { spawn } from 'node:child_process';

const children = [spawn('npx', ['tsx', 'sandbox/main.ts'], { stdio: 'inherit' }), spawn('npx', ['vite', '--strictPort'], { stdio: 'inherit' })];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
console.log('App: http://localhost:5173  (log in as anna, marc, sofie or victor)');
