/**
 * Vite build of the web app (src/web → dist/web). In development `npm run dev:web` proxies /api to
 * the Fastify server; NTM_API_URL points the proxy elsewhere (default http://127.0.0.1:3000).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.NTM_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: true } } },
});
