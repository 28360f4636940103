import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { constants } from 'node:zlib';

const server = 'http://localhost:3000';

/**
 * Links the entry's own stylesheet first in index.html. It opens with the app's base and ui styles
 * (main.tsx imports them before anything else), and a view's variant of a ui class (`.tag--overdue`
 * after `.tag`) wins only when it comes after it. Vite links the CSS of a chunk the entry shares
 * with a lazy page (the follow-up, shared with the notice) before the entry's own; lazy pages'
 * stylesheets are added after all of these when they load.
 */
function entryStylesFirst(): Plugin {
  return {
    name: 'entry-styles-first',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const own = [...(context.chunk?.viteMetadata?.importedCss ?? [])];
        const lines = html.split('\n');
        // Each injected tag is on a line of its own: reorder the stylesheet lines among their places.
        const places = lines.flatMap((line, index) => (/<link rel="stylesheet"/.test(line) ? [index] : []));
        const isOwn = (line: string) => own.some((file) => line.includes(`/${file}"`));
        const links = places.map((index) => lines[index]!);
        const ordered = [...links.filter(isOwn), ...links.filter((line) => !isOwn(line))];
        places.forEach((index, n) => (lines[index] = ordered[n]!));
        return lines.join('\n');
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    entryStylesFirst(),
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
  build: { outDir: 'dist', manifest: true, chunkSizeWarningLimit: 600 },
});
