/**
 * A real, small filesystem for the disk-full tests: a tmpfs mounted on a fresh folder (mounting needs
 * root, i.e. CAP_SYS_ADMIN; without it `mounted` is false and the tests say they are skipped), and a
 * way to fill it to the last byte and free it again.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SmallDisk {
  /** Where it is mounted. */
  dir: string;
  mounted: boolean;
  /** Writes a file until the filesystem refuses another byte. */
  fill(): void;
  /** Removes what `fill` wrote. */
  free(): void;
  unmount(): void;
}

export function smallDisk(sizeMb: number): SmallDisk {
  const dir = mkdtempSync(path.join(tmpdir(), 'dr-full-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir]).status === 0;
  const filler = path.join(dir, 'filler');
  return {
    dir,
    mounted,
    fill() {
      const fd = openSync(filler, 'a');
      try {
        for (const size of [64 * 1024, 4096, 512, 1]) {
          const chunk = Buffer.alloc(size, 1);
          try {
            for (;;) writeSync(fd, chunk);
          } catch (error) {
            if ((error as { code?: string }).code !== 'ENOSPC') throw error;
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free: () => rmSync(filler, { force: true }),
    unmount() {
      if (mounted) spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
