import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = dirname(fileURLToPath(import.meta.url));
const backend = process.env.SAMENLOOP_API ?? 'http://localhost:3000';

/**
 * The web app lives in web/ and is built to web/dist, which the server serves.
 * `@schemas/<domain>` imports the shared zod schemas of the server (server/<domain>/schemas.ts),
 * so client and server validate against one contract.
 */
export default defineConfig({
  root: join(root, 'web'),
  base: '/',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@schemas\/([a-z0-9/-]+)$/, replacement: join(root, 'server', '$1', 'schemas.ts') }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The server's CSP forbids inline scripts and styles: keep every asset a separate file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // One bundle of ~580 kB (170 kB gzipped: React, the NL Design System components, zod); fine for an intranet app.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/health': { target: backend, changeOrigin: false },
    },
    fs: { allow: [root] },
  },
});
