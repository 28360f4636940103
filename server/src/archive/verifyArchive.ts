/**
 * Checks an archive ZIP (roomArchive.ts, councilArchive.ts): for each manifest in it, every file
 * against its digest, the events' chain against the manifest's head, and every round's text file
 * against its fingerprint. What `pnpm verify-archive <zip>` runs.
 */
import { hashText } from '@dr/shared';
import { createHash } from 'node:crypto';
import type { ArchiveManifest } from './roomArchive.js';
import { verifyChain, type ChainReport } from './verifyChain.js';
import { unzipFiles } from './zip.js';

export interface ArchivePartReport extends ChainReport {
  /** The folder of the part in the ZIP ('' for a meeting's archive on its own). */
  prefix: string;
  kind: ArchiveManifest['kind'];
  title: string;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The events of an NDJSON file; a line that is not JSON is reported by its number. */
function parseEvents(text: string): { events: object[]; bad: number[] } {
  const events: object[] = [];
  const bad: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      events.push(JSON.parse(line) as object);
    } catch {
      bad.push(i + 1);
    }
  });
  return { events, bad };
}

/** One report per manifest in the ZIP; none when the ZIP holds no archive. */
export async function verifyArchive(zip: Uint8Array): Promise<ArchivePartReport[]> {
  const files = await unzipFiles(zip);
  const reports: ArchivePartReport[] = [];
  const manifests = [...files.keys()].filter((name) => name === 'manifest.json' || name.endsWith('/manifest.json'));
  for (const name of manifests.sort()) {
    const prefix = name.slice(0, -'manifest.json'.length);
    const manifest = JSON.parse(files.get(name)!.toString('utf8')) as ArchiveManifest;
    const { events, bad } = parseEvents(files.get(`${prefix}events.ndjson`)?.toString('utf8') ?? '');
    const report = await verifyChain(events, manifest.head);
    for (const line of bad) report.problems.push({ kind: 'unreadable', line });
    for (const [file, digest] of Object.entries(manifest.files)) {
      const bytes = files.get(prefix + file);
      if (!bytes || sha256(bytes) !== digest) report.problems.push({ kind: 'file', file });
    }
    const rounds = files.get(`${prefix}rounds.json`);
    const index = rounds
      ? (JSON.parse(rounds.toString('utf8')) as { roundId: string; file: string; textHash: string }[])
      : [];
    for (const round of index) {
      const text = files.get(prefix + round.file)?.toString('utf8');
      const opened = events.find(
        (e) =>
          (e as { type?: string; roundId?: string }).type === 'consensus.opened' &&
          (e as { roundId?: string }).roundId === round.roundId,
      ) as { seq: number; textHash?: string } | undefined;
      if (
        text === undefined ||
        (await hashText(text)) !== round.textHash ||
        (opened && opened.textHash !== round.textHash)
      )
        report.problems.push({ kind: 'roundText', seq: opened?.seq ?? 0, roundId: round.roundId });
    }
    report.ok = report.problems.length === 0;
    reports.push({ ...report, prefix, kind: manifest.kind, title: manifest.title });
  }
  return reports;
}
