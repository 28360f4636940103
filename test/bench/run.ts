/** `pnpm bench`: runs every benchmark and prints its figures. Figures only; nothing here can fail a build. */
import { runBroadcastBench } from './broadcast.bench.js';
import { runDraftBench } from './draft.bench.js';
import { runJoinBench } from './join.bench.js';
import { runStartupBench } from './startup.bench.js';

const sections = [await runBroadcastBench(), await runDraftBench(), await runJoinBench(), await runStartupBench()];
console.log(`\nDeliberation Room benchmarks (Node ${process.version})\n`);
for (const lines of sections) console.log(`${lines.join('\n')}\n`);
process.exit(0);
