/**
 * `tsx bench/profileTop.ts <file.cpuprofile> [rows]`: where a profile's CPU went, as text: self time
 * by function and by where the code lives (a package, or a file of ours), the largest first. For
 * the profiles BENCH_PROFILE writes (burstProfile.ts), when no DevTools is at hand.
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profileTop.ts <file.cpuprofile> [rows]');
const rows = Number(rowsArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
// A sample's time is the delta to the next one (as DevTools counts it).
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
});

/** Where a function lives: `node_modules/<pkg>`, `node:<module>`, a file of ours, or V8's own bucket. */
function place(url: string): string {
  if (!url) return '(native / V8)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `pkg ${pkg[1]}`;
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\/.*?\/(server|shared|test|client)\//, '$1/');
}

const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
let total = 0;
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const where = place(url);
  const key = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byPlace.set(where, (byPlace.get(where) ?? 0) + us);
  total += us;
}

const show = (title: string, table: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
show('self time by place', byPlace);
show('self time by function', byFunction);
