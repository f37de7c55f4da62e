#!/usr/bin/env node
// `npm run module:demo`: the sandbox and the MyHealth demo host (http://localhost:5174), stopped together.
import { spawn } from 'node:child_process';
import { runTogether } from './run-together.mjs';

runTogether([spawn('npx', ['tsx', 'sandbox/main.ts'], { stdio: 'inherit' }), spawn('npx', ['tsx', 'scripts/module-host.ts'], { stdio: 'inherit' })]);
console.log('MyHealth demo host: http://localhost:5174  (pick anna, marc, sofie or victor in its bar)');
