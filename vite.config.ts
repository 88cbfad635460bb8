import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * One config, two builds: the browser client (default) and the Node server (`vite build --ssr`).
 * The server bundle keeps its npm dependencies external; native better-sqlite3 cannot be bundled.
 */
export default defineConfig(({ isSsrBuild }) =>
  isSsrBuild
    ? {
        build: {
          ssr: 'server/main.ts',
          outDir: 'dist/server',
          emptyOutDir: true,
          target: 'node20',
          sourcemap: true,
          rolldownOptions: { output: { entryFileNames: 'main.js' } },
        },
      }
    : {
        root: 'client',
        publicDir: 'public',
        plugins: [react()],
        resolve: {
          // The phone's download is within a kilobyte of its budget (docs/performance.md).
          alias: [
            {
              find: /^use-sync-external-store\/shim(\/index\.js)?$/,
              replacement: fileURLToPath(new URL('./client/vendor/useSyncExternalStore.ts', import.meta.url)),
            },
            {
              find: /^lib0\/logging$/,
              replacement: fileURLToPath(new URL('./client/vendor/lib0Logging.ts', import.meta.url)),
            },
          ],
        },
        build: {
          outDir: '../dist/client',
          emptyOutDir: true,
          target: 'es2020',
          sourcemap: true,
        },
        server: {
          proxy: {
            '/api': 'http://localhost:3000',
            '/socket.io': { target: 'http://localhost:3000', ws: true },
            '/yjs': { target: 'ws://localhost:3000', ws: true },
          },
        },
      },
);
