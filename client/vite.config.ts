import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/socket.io': { target: server, ws: true },
      '/yjs': { target: server, ws: true },
    },
  },
  // The draft editor (Tiptap and Yjs, ~165 kB gzipped) is one chunk loaded only when a draft is shown.
  build: { outDir: 'dist', chunkSizeWarningLimit: 600 },
});
