/**
 * `pnpm start`: builds what changed since the last build (on a fresh checkout, everything; after a
 * crash, nothing), then runs the compiled server in this same process, so a restart costs one Node
 * start and no transpiler. Under a process manager, `node server/dist/main.js` skips even the check.
 */
import { buildStale } from './build.mjs';

try {
  buildStale();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
// Stack traces in the logs point at the TypeScript sources (dist/*.js.map).
process.setSourceMapsEnabled(true);
await import('../server/dist/main.js');
