import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { appShellPlugin } from './src/boot/vitePlugin.ts';
import { firstScreenChunk } from './src/boot/firstScreenChunk.ts';

const firstScreen = firstScreenChunk();

// Ports are fixed: the sandbox identity provider lists these origins as redirect URIs.
export default defineConfig({
  plugins: [react(), appShellPlugin(), firstScreen.plugin],
  server: { port: 5173, strictPort: true, host: 'localhost' },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  // Every browser this targets (ES2022) supports modulepreload: no polyfill in the entry.
  // Source maps for whoever runs the site (hidden: no script names them; nginx and the preview never serve them).
  build: {
    target: 'es2022',
    sourcemap: 'hidden',
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [firstScreen.group] } } },
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
