/**
 * `pnpm bench`: runs every benchmark and prints its figures. Figures only; nothing here can fail a build.
 * BENCH_ONLY=voteBurst,startup (section names below) runs some of them.
 */
import { runBroadcastBench } from './broadcast.bench.js';
import { runClusterFanOutBench } from './clusterFanOut.bench.js';
import { runDraftBench } from './draft.bench.js';
import { runFirstWelcomeBench } from './firstWelcome.bench.js';
import { runHallJoinBench } from './hallJoin.bench.js';
import { runJoinBench } from './join.bench.js';
import { runManyRoomsBench } from './manyRooms.bench.js';
import { runMemoryBench } from './memory.bench.js';
import { runPhoneLoadBench } from './phoneLoad.bench.js';
import { runReconnectBench } from './reconnect.bench.js';
import { runReconnectStormBench } from './reconnectStorm.bench.js';
import { runStartupBench } from './startup.bench.js';
import { runVoteBurstBench } from './voteBurst.bench.js';

const SECTIONS: Record<string, () => Promise<string[]>> = {
  broadcast: runBroadcastBench,
  draft: runDraftBench,
  join: runJoinBench,
  hallJoin: runHallJoinBench,
  reconnect: runReconnectBench,
  firstWelcome: runFirstWelcomeBench,
  reconnectStorm: runReconnectStormBench,
  manyRooms: runManyRoomsBench,
  voteBurst: runVoteBurstBench,
  startup: runStartupBench,
  memory: runMemoryBench,
  phoneLoad: runPhoneLoadBench,
  clusterFanOut: runClusterFanOutBench,
};
const only = process.env['BENCH_ONLY']?.split(',').filter(Boolean);
const unknown = only?.filter((name) => !(name in SECTIONS));
if (unknown?.length)
  throw new Error(`BENCH_ONLY: no section ${unknown.join(', ')}; there are ${Object.keys(SECTIONS).join(', ')}`);

const sections: string[][] = [];
for (const [name, run] of Object.entries(SECTIONS)) if (!only || only.includes(name)) sections.push(await run());
console.log(`\nDeliberation Room benchmarks (Node ${process.version})\n`);
for (const lines of sections) console.log(`${lines.join('\n')}\n`);
process.exit(0);
