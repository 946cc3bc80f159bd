import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the development IDE into dist/ide, served by the gateway at /graphiql (gateway/graphiql.ts). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphiql/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/ide', import.meta.url)),
    emptyOutDir: true,
    // Monaco is large by nature; the IDE runs on a developer's machine, so its size is no concern.
    chunkSizeWarningLimit: 8_000,
    reportCompressedSize: false,
    rolldownOptions: {
      // React libraries mark modules "use client"; that means nothing in a plain bundle, so the notices are noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
