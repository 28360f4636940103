/**
 * A CPU profile of one window of a bench (the burst, not the minute of connecting before it), in the
 * format `node --cpu-prof` writes (`.cpuprofile`: Chrome DevTools, speedscope, or `profileTop`).
 * On when BENCH_PROFILE names a directory; each process writes its own file there, named by `label`
 * and its pid. The V8 inspector of this same process takes it: no flag on the command line, so the
 * bench's forked load generators can profile their burst too.
 */
import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DIR = process.env['BENCH_PROFILE'];

/** Starts profiling this process; the returned function stops and writes the file (a no-op when off). */
export async function profileWindow(label: string): Promise<() => Promise<string | undefined>> {
  if (!DIR) return async () => undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 }); // µs
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    mkdirSync(DIR, { recursive: true });
    const file = path.join(DIR, `${label}-${process.pid}-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return file;
  };
}
