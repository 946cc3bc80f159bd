import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the city dashboard page into dist/dashboard, served by the gateway at /dashboard (dashboard-page.ts). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    // ECharts, even with only the charts used imported, is most of the page; it is cached for good (hashed names).
    chunkSizeWarningLimit: 1_500,
    reportCompressedSize: false,
  },
});
