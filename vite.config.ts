import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Socket.IO's client registers three transports; we use long-polling (first, and where
 * WebSockets are blocked) and WebSocket. The third, WebTransport, needs HTTP/3 and an opt-in we
 * never give, yet is in every phone's download: this swaps the module that lists them for one
 * without it. Tied to engine.io-client 6.x's layout: a new one leaves WebTransport in (nothing
 * matches) or fails the build (a file moved), never the phone.
 */
function socketTransports(): Plugin {
  const id = '\0samsyn-engine-transports';
  let dir = '';
  return {
    name: 'samsyn-engine-transports',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './transports/index.js' || !importer) return null;
      const m = /^(.*[\\/]engine\.io-client[\\/]build[\\/]esm)[\\/]socket\.js$/.exec(importer);
      if (!m?.[1]) return null;
      dir = m[1];
      return id;
    },
    load(loading) {
      if (loading !== id) return null;
      const at = (file: string) => JSON.stringify(`${dir}/transports/${file}`);
      return [
        `import { XHR } from ${at('polling-xhr.js')};`,
        `import { WS } from ${at('websocket.js')};`,
        'export const transports = { websocket: WS, polling: XHR };',
      ].join('\n');
    },
  };
}

/** Matches module ids containing any of these path fragments ('/' matches either separator). */
const anyOf = (...fragments: string[]) =>
  new RegExp(fragments.map((f) => f.replace(/[.]/g, '\\.').replace(/\//g, '[\\\\/]')).join('|'));

/**
 * Files a phone loads together, made one file each: every file is compressed on its own, so a
 * dozen small ones cost more than one (the phone's budget, docs/performance.md). Only the modules
 * named are moved (not their dependencies), so the start page never loads the live view's code.
 * A module left out of a list still works; it only lands in a file of its own.
 */
const PHONE_GROUPS = [
  {
    // What a phone loads once it has joined, whatever the activity.
    name: 'LiveView',
    test: anyOf(
      'node_modules/socket.io',
      'node_modules/engine.io',
      'node_modules/@socket.io/component-emitter',
      'samsyn-engine-transports',
      'client/realtime/socket.ts',
      'client/realtime/heartbeat.ts',
      'client/realtime/commands.ts',
      'client/stores/workshopStore.ts',
      'client/stores/saveStore.ts',
      'client/stores/yjsStore.ts',
      'client/stores/connectionStore.ts',
      'client/stores/timerStore.ts',
      'client/stores/mineStore.ts',
      'client/stores/writersStore.ts',
      'client/activities/index.ts',
      '/label.ts',
      'shared/activities/list/types.ts',
      'client/views/useLiveWorkshop.ts',
      'client/views/LiveStatus.tsx',
      'client/views/useWorkshopEnded.ts',
      'client/components/StatusBar.tsx',
      'client/views/participant/LiveView.tsx',
      'client/views/participant/ParticipantStage.tsx',
      'client/views/participant/usePhaseAnnouncer.ts',
      'client/views/participant/AlsoOpen.tsx',
      'client/views/participant/phaseChange.ts',
      'client/views/participant/MyContributionsToggle.tsx',
      // The outbox behind every command; left out, it becomes a chunk of its own that imports
      // this one and pulls React out of the entry into a third.
      'client/vendor/parseUri.ts',
      'client/vendor/socketIoBinary.ts',
      'client/realtime/outbox.ts',
      'client/realtime/whenConnected.ts',
      'shared/protocol/ops.ts',
    ),
    includeDependenciesRecursively: false,
  },
  {
    // Co-editing a list: its participant view, Yjs and our channel.
    name: 'list',
    test: anyOf(
      'node_modules/yjs/',
      'node_modules/lib0/',
      'node_modules/y-protocols/',
      'client/vendor/lib0Logging.ts',
      'client/vendor/lib0Environment.ts',
      'client/realtime/yjs.ts',
      'client/realtime/docChannel.ts',
      'shared/protocol/yjs',
      'client/views/useTexts.ts',
      'client/views/WritersNote.tsx',
      'client/components/YTextArea.tsx',
      'shared/activities/list/rules.ts',
      'client/activities/list/Participant.tsx',
      'client/activities/list/PriorityField.tsx',
      'client/activities/list/TextsNotices.tsx',
      'client/activities/list/AddPriorityForm.tsx',
      'client/activities/list/MergedNote.tsx',
      'client/activities/list/strings.ts',
      'client/activities/list/config.ts',
    ),
    includeDependenciesRecursively: false,
  },
];

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
        plugins: [react(), socketTransports()],
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
            {
              find: /^lib0\/environment$/,
              replacement: fileURLToPath(new URL('./client/vendor/lib0Environment.ts', import.meta.url)),
            },
            {
              // lib0's own modules import it relatively.
              find: /^\.\/environment\.js$/,
              customResolver: (_source, importer) =>
                importer?.includes('node_modules/lib0/')
                  ? fileURLToPath(new URL('./client/vendor/lib0Environment.ts', import.meta.url))
                  : null,
              replacement: './environment.js',
            },
            {
              find: /^\.\/contrib\/parseuri\.js$/,
              customResolver: (_source, importer) =>
                importer?.includes('node_modules/engine.io-client/')
                  ? fileURLToPath(new URL('./client/vendor/parseUri.ts', import.meta.url))
                  : null,
              replacement: './contrib/parseuri.js',
            },
            {
              find: /^\.\/(is-)?binary\.js$/,
              customResolver: (_source, importer) =>
                importer?.includes('node_modules/socket.io-parser/')
                  ? fileURLToPath(new URL('./client/vendor/socketIoBinary.ts', import.meta.url))
                  : null,
              replacement: './$1binary.js',
            },
          ],
        },
        build: {
          outDir: '../dist/client',
          emptyOutDir: true,
          target: 'es2020',
          sourcemap: true,
          rolldownOptions: { output: { codeSplitting: { groups: PHONE_GROUPS } } },
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
