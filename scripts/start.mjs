#!/usr/bin/env node
// `npm start`: the sandbox (identity provider + API) and the app's dev server, stopped together.
import { spawn } from 'node:child_process';
import { runTogether } from './run-together.mjs';

runTogether([spawn('npx', ['tsx', 'sandbox/main.ts'], { stdio: 'inherit' }), spawn('npx', ['vite', '--strictPort'], { stdio: 'inherit' })]);
console.log('App: http://localhost:5173  (log in as anna, marc, sofie or victor)');
