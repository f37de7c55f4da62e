import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { appShellPlugin } from './src/boot/vitePlugin.ts';

/** APP_CONFIG=file (npm run start:keycloak): the dev server answers /config.json with that file instead of public/config.json. */
function configFilePlugin(file: string | undefined): Plugin {
  return {
    name: 'app-config-file',
    configureServer(server) {
      if (!file) return;
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(file));
      });
    },
  };
}

// Ports are fixed: the sandbox identity provider lists these origins as redirect URIs.
export default defineConfig({
  plugins: [configFilePlugin(process.env.APP_CONFIG), react(), appShellPlugin()],
  server: { port: 5173, strictPort: true, host: 'localhost' },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  // No chunking options: since Vite 8.4 (Rolldown 1.3) the bundler keeps what the entry imports in the
  // entry's chunk by itself (Rolldown 1.2 split it off: rolldown/rolldown#10731, #9963; docs/performance.md).
  // Every browser this targets (ES2022) supports modulepreload: no polyfill in the entry.
  // Source maps for whoever runs the site (hidden: no script names them; nginx and the preview never serve them).
  build: {
    target: 'es2022',
    sourcemap: 'hidden',
    modulePreload: { polyfill: false },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'sandbox',
          environment: 'node',
          include: ['sandbox/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
