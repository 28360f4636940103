/**
 * Compiles the server ahead of time: src/main.ts and the @dr/shared sources it imports become one
 * ESM file, dist/main.js, that plain `node` runs without a transpiler. Every npm dependency stays an
 * import (better-sqlite3 is a native addon; mongoose, docx and socket.io are large), resolved from
 * server/node_modules at run time as in development, so the bundle holds only our own code.
 */
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const manifest = (url) => JSON.parse(readFileSync(new URL(url, import.meta.url), 'utf8'));
const server = manifest('./package.json');
const shared = manifest('../shared/package.json');

// Bundled shared code imports its dependencies from dist/, so the server must depend on each of them too.
const missing = Object.keys(shared.dependencies ?? {}).filter((name) => !server.dependencies?.[name]);
if (missing.length) {
  throw new Error(`server/package.json must list @dr/shared's dependencies too (one copy at run time): ${missing}`);
}
const external = Object.keys({ ...server.dependencies, ...server.devDependencies })
  .filter((name) => !name.startsWith('@dr/'))
  .flatMap((name) => [name, `${name}/*`]);

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: new URL('.', import.meta.url).pathname,
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  // Modules imported on demand (the MongoDB store) become their own chunks, so their dependencies
  // load only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external,
  sourcemap: 'linked',
  charset: 'utf8',
  logLevel: 'warning',
});
