// Writes the publishable package beside dist-module/index.js (after vite build -c vite.module.config.ts):
// package.json, index.d.ts, README.md and CHANGELOG.md (guidelines 17 and 18 of the integration library).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const app = JSON.parse(readFileSync('package.json', 'utf8'));
const spec = require('@smals-belgium/myhealth-wc-integration/package.json').version;
const out = 'dist-module';

const pkg = {
  name: '@therapeutic-exclusions/myhealth-module',
  version: app.version,
  description: 'Therapeutic exclusions (eHealth REST v2) as MyHealth web components.',
  license: app.license,
  type: 'module',
  main: './index.js',
  module: './index.js',
  types: './index.d.ts',
  exports: { '.': { types: './index.d.ts', default: './index.js' } },
  files: ['index.js', 'index.d.ts', 'README.md', 'CHANGELOG.md'],
  sideEffects: false,
  keywords: ['myhealth', 'webcomponent', 'therapeutic exclusion'],
  // Like VIDIS: the runtime is bundled; the library is needed only for the types of index.d.ts.
  peerDependencies: { '@smals-belgium/myhealth-wc-integration': `^${spec.split('.')[0]}.0.0` },
  peerDependenciesMeta: { '@smals-belgium/myhealth-wc-integration': { optional: true } },
};
writeFileSync(`${out}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
writeFileSync(
  `${out}/index.d.ts`,
  [
    "import type { MyHealthModuleBootstrap, MyHealthModuleManifest } from '@smals-belgium/myhealth-wc-integration';",
    'export declare const manifest: MyHealthModuleManifest;',
    'export declare const bootstrap: MyHealthModuleBootstrap;',
    '',
  ].join('\n'),
);
writeFileSync(`${out}/README.md`, readFileSync('module/README.md', 'utf8').replaceAll('__SPEC__', spec));
copyFileSync('module/CHANGELOG.md', `${out}/CHANGELOG.md`);
console.log(`${out}/: index.js, index.d.ts, package.json (${pkg.name}@${pkg.version}, spec ${spec}), README.md, CHANGELOG.md`);
