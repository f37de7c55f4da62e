/**
 * The MyHealth module (npm run build:module): one ES module, React bundled in, every lazy chunk
 * inlined (a host loads one file), the styles as strings for the shadow roots. scripts/module-package.mjs
 * then writes the package's package.json, type declarations, README and CHANGELOG beside it.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist-module',
    minify: true,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: 'hidden',
    lib: { entry: 'src/module/index.ts', formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});
