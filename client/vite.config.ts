import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { joinWords } from './vite.joinWords';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { constants } from 'node:zlib';

const server = 'http://localhost:3000';

/**
 * What index.html asks for before any script runs: the page's first chunks and the app's stylesheets.
 * The page's script is a small boot module (src/app/boot.ts); the room's connection and the early join
 * form (live/preconnect.ts, live/earlyJoin.ts) are its other first chunk, linked here as a
 * `modulepreload` so they come with it. The app's own scripts are not: on a 400 kbps link every file
 * asked for at once shares the line, and the join form would wait for all of them (issue 25). The
 * boot module asks for them as soon as it runs (Vite's preload list for its `import('./main')`), a
 * round trip later, while the connection's chunk is still arriving: they come right after it.
 *
 * The stylesheets are all here (the early join form wears the app's styles), the app's own first. It
 * opens with the base and ui styles (main.tsx imports them before anything else), and a view's
 * variant of a ui class (`.tag--overdue` after `.tag`) wins only when it comes after it; a chunk the
 * app shares with a lazy page (the follow-up, shared with the notice) has its CSS after it. Lazy
 * pages' stylesheets are added after all of these when they load.
 *
 * The build also writes app.html (APP_PAGE): the same page with the app's scripts preloaded too. It is
 * the service worker's page for every navigation (`navigateFallback`): from its cache a file costs no
 * line, so the app's files are better asked for with the page than a step later, after the boot
 * module (a repeat visit's "Raise hand" came 0.26 s later without them). The network's first visit
 * keeps the lean index.html.
 */
const APP_PAGE = 'app.html';

function preloadTheApp(): Plugin {
  /** The app's own scripts (the boot module's `import('./main')`), which only app.html preloads. */
  let appScripts: string[] = [];
  return {
    name: 'preload-the-app',
    // After Vite's html plugin has written index.html, before the compression (which runs with
    // Vite's manifest, later), so app.html gets its .br and .gz too.
    enforce: 'post',
    generateBundle: {
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return; // `vite` (dev), or a build without the page
        const html = String(index.source);
        const links = appScripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        // After the stylesheets, not before them: the boot module runs only once every stylesheet is
        // in and parsed (a module script waits for the page's stylesheets), and the worker and the
        // page's main thread take the files in the order they are asked for. Put first, the app's
        // ~30 files held the stylesheets, and with them the boot module, ~0.1 s later on the
        // throttled phone (docs/performance.md, "The repeat visit, traced").
        const last = html.lastIndexOf('<link rel="stylesheet"');
        if (last < 0) throw new Error('preload-the-app: index.html has no stylesheet to put the app after');
        const at = html.indexOf('>', last) + 1;
        const source = `${html.slice(0, at)}\n    ${links.join('\n    ')}${html.slice(at)}`;
        this.emitFile({ type: 'asset', fileName: APP_PAGE, source });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html; // `vite` (dev): nothing is bundled
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/main.tsx'));
        if (!app) throw new Error('preload-the-app: the build has no chunk for src/app/main.tsx');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const scripts: string[] = [];
        const styles: string[] = [];
        const visit = (chunk: (typeof chunks)[number]) => {
          if (scripts.includes(chunk.fileName)) return;
          scripts.push(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) if (!styles.includes(css)) styles.push(css);
          for (const file of chunk.imports) {
            const imported = byFile.get(file);
            if (imported) visit(imported);
          }
        };
        // The room's connection and the early join form: the boot module opens the connection as
        // soon as they arrive, and the form shows when the server asks for a name.
        const connection = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith('/src/live/preconnect.ts')));
        if (!connection) throw new Error('preload-the-app: the build has no chunk for src/live/preconnect.ts');
        visit(connection);
        const early = scripts.length;
        visit(app); // for its stylesheets; its scripts are the boot module's to ask for
        const link = (rel: string, file: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        });
        const preloads = (files: string[]) =>
          files.filter((file) => !byFile.get(file)?.isEntry).map((file) => link('modulepreload', file));
        appScripts = scripts.slice(early).filter((file) => !byFile.get(file)?.isEntry);
        return {
          html,
          tags: [
            // The page's own script (the boot module) is in its <script> tag already.
            ...preloads(scripts.slice(0, early)),
            ...styles.map((file) => link('stylesheet', file)),
          ],
        };
      },
    },
  };
}

/**
 * Installable, and working with no signal after the first visit: a web manifest with the app's
 * icons, and a service worker (Workbox, through vite-plugin-pwa) that keeps the whole built app
 * (index.html, every script and stylesheet, the icons) and answers the app's pages from it. It
 * keeps nothing else: the room's state comes over Socket.IO and the drafts over their WebSocket,
 * which a service worker never sees, and /api (links, minutes, the notice) always goes to the
 * server. The last known room state is kept by the app itself (live/savedRoom.ts).
 * The worker is registered by app/serviceWorker.ts (no inline script: the CSP forbids one).
 */
/**
 * What the worker precaches (issue 25 §5): what a participant needs for the room, as the budget's
 * critical path (scripts/budget.mjs) counts it, with both languages: the app's page and its
 * static imports, the draft's panel and reader, and the room's refusal texts (a refusal the phone
 * makes itself, offline too, is said with them). The rest (the editor, the host's console, the
 * council's and office's pages, the QR code …) is fetched when first used and then kept
 * (`runtimeCaching` below), so a first visit does not spend a weak signal on files the person may
 * never open.
 */
const PRECACHED_STARTS = [
  'index.html',
  'src/app/main.tsx',
  'src/i18n/en.json',
  'src/i18n/zh-CN.json',
  'src/room/draft/DraftPanel.tsx',
  // Not on the phone's first load, but a refusal the phone makes offline needs its words (live/refusalTexts.ts).
  'src/live/refusalTable.ts',
];
let outDir = 'dist';

function participantFiles(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.resolve(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; css?: string[]; imports?: string[] }
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  PRECACHED_STARTS.forEach(visit);
  return files;
}

/** Notes where the build writes, for `participantFiles` (a build into another folder too). */
function rememberOutDir(): Plugin {
  return {
    name: 'remember-out-dir',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
  };
}

function installableOffline() {
  return VitePWA({
    injectRegister: false,
    registerType: 'autoUpdate',
    includeAssets: ['apple-touch-icon.png'],
    manifest: {
      name: 'Deliberation Room 议事厅',
      short_name: 'Deliberation',
      description: 'Agenda, speaking queue, draft resolution and consensus for community meetings.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f4e5f',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['index.html', APP_PAGE, 'assets/*.{js,css}', '*.png'],
      // Hashed names change with their content: no cache-busting query needed.
      dontCacheBustURLsMatching: /^assets\//,
      // Only the participant's files stay in the precache (manifestTransforms); the editor, the
      // largest, is kept once used, so a phone that wrote once can write offline after a reload.
      maximumFileSizeToCacheInBytes: 1024 * 1024,
      // The page with the app's scripts preloaded (APP_PAGE, `preloadTheApp`): from the cache, at once.
      navigateFallback: `/${APP_PAGE}`,
      directoryIndex: APP_PAGE,
      // Pages the server decides about (a join code's redirect, a notice taken down) and every
      // non-page path stay with the server.
      navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//, /^\/yjs\//, /^\/healthz/, /^\/j\//, /^\/notice\//],
      manifestTransforms: [
        (entries) => {
          const needed = participantFiles();
          return { manifest: entries.filter((entry) => !entry.url.startsWith('assets/') || needed.has(entry.url)) };
        },
      ],
      // The app's other files, kept once used (hashed names: a file never changes under its name).
      runtimeCaching: [
        {
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: { cacheName: 'dr-assets', expiration: { maxEntries: 80 } },
        },
      ],
      // Web push's `push` and `notificationclick` (public/push-sw.js, issue 29).
      importScripts: ['/push-sw.js'],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}

/**
 * The app is written against React's API and runs on Preact through `preact/compat` (issue 15: React
 * DOM was ~55 KB brotli of the phone's critical path; Preact with compat is ~5 KB). Every import of
 * React, React DOM and the JSX runtime, ours and our dependencies' (react-i18next, @dnd-kit, Tiptap's
 * React binding), resolves to compat. Exact names only: `react-i18next` must stay itself. A React API
 * used anywhere in the client must exist in preact/compat (docs/development.md).
 */
const preactCompat = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

export default defineConfig({
  resolve: { alias: preactCompat },
  plugins: [
    // React Fast Refresh cannot reach Preact's components: an edited module would be taken as
    // refreshed and the page would go on showing the old code. Without it, `vite` (dev) reloads the
    // page on an edit.
    react({ refreshExclude: /./ }),
    preloadTheApp(),
    joinWords(),
    rememberOutDir(),
    installableOffline(),
    // Every text file also as .br and .gz beside it, at the strongest settings (once per build, not
    // per request); the server picks the one the browser accepts (server/src/http/staticClient.ts).
    compression({
      include: /\.(html|js|mjs|css|json|webmanifest|svg|txt)$/,
      algorithms: [
        defineAlgorithm('brotliCompress', {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
        defineAlgorithm('gzip', { level: constants.Z_BEST_COMPRESSION }),
      ],
      logLevel: 'silent',
    }),
  ],
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/socket.io': { target: server, ws: true },
      '/yjs': { target: server, ws: true },
    },
  },
  // The draft editor (Tiptap and Yjs, ~165 kB gzipped) is one chunk loaded only when a draft is shown.
  build: {
    outDir: 'dist',
    manifest: true,
    chunkSizeWarningLimit: 600,
    // Vite's own preload lists stay on: the boot module's `import('./main')` asks for the app's files
    // with it (index.html does not, `preloadTheApp`), and the language's strings are asked for first.
  },
});
