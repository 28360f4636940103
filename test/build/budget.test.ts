/**
 * The participant's critical path stays within its budget (scripts/budget.mjs over the build's
 * manifest), and the check does fail when it grows: a build made up here, with one file too many
 * bytes, is refused. Needs `pnpm build` (`pnpm test` does it).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types; its functions are checked by these tests
import { BUDGET_BYTES, checkBudget, criticalPath, PARTICIPANT_PATH, report } from '../../scripts/budget.mjs';

interface FileSize {
  file: string;
  plain: number;
  gzip: number;
  brotli: number;
}
const pathOf = criticalPath as (dist?: string, starts?: (string | string[])[]) => FileSize[];
const check = checkBudget as (files: FileSize[], budget?: number) => { ok: boolean; total: FileSize };

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A build folder with a manifest: the boot entry fetches the app and one language's strings; the app
 * imports a shared chunk and lazily the draft panel.
 */
function fakeBuild(sizes: { entry: number; shared: number; panel: number; editor: number }): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'dr-budget-'));
  made.push(dist);
  mkdirSync(path.join(dist, '.vite'));
  mkdirSync(path.join(dist, 'assets'));
  // Random bytes do not compress: the gzip size is about the plain size.
  const write = (file: string, bytes: number) => {
    const data = Buffer.from(Array.from({ length: bytes }, () => Math.floor(Math.random() * 256)));
    writeFileSync(path.join(dist, file), data);
    writeFileSync(path.join(dist, `${file}.gz`), gzipSync(data));
    writeFileSync(path.join(dist, `${file}.br`), brotliCompressSync(data));
  };
  write('assets/index.js', sizes.entry);
  write('assets/index.css', 1000);
  write('assets/shared.js', sizes.shared);
  write('assets/DraftPanel.js', sizes.panel);
  write('assets/DraftEditor.js', sizes.editor);
  write('assets/boot.js', 500);
  write('assets/en.js', 3_000);
  write('assets/zh-CN.js', 4_000);
  const manifest = {
    'index.html': {
      file: 'assets/boot.js',
      isEntry: true,
      dynamicImports: ['src/app/main.tsx', 'src/i18n/en.json', 'src/i18n/zh-CN.json'],
    },
    'src/app/main.tsx': {
      file: 'assets/index.js',
      imports: ['_shared.js', 'index.html'],
      css: ['assets/index.css'],
      dynamicImports: ['src/room/draft/DraftPanel.tsx'],
    },
    'src/i18n/en.json': { file: 'assets/en.js' },
    'src/i18n/zh-CN.json': { file: 'assets/zh-CN.js' },
    '_shared.js': { file: 'assets/shared.js' },
    'src/room/draft/DraftPanel.tsx': {
      file: 'assets/DraftPanel.js',
      imports: ['_shared.js'],
      dynamicImports: ['src/room/draft/DraftEditor.tsx'],
    },
    'src/room/draft/DraftEditor.tsx': { file: 'assets/DraftEditor.js', imports: ['_shared.js'] },
  };
  writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  return dist;
}

describe('the critical path budget', () => {
  it('holds for the build: the entry, what it imports, and the draft panel without the editor', () => {
    const files = pathOf();
    const result = check(files);
    console.log(report(files, result));
    expect(files.some((f) => /DraftPanel-/.test(f.file))).toBe(true);
    expect(files.some((f) => /DraftEditor-/.test(f.file))).toBe(false);
    // One language's strings, not both.
    expect(files.filter((f) => /^assets\/(en|zh-CN)-/.test(f.file))).toHaveLength(1);
    expect(result.ok).toBe(true);
  });

  it('counts the files on the path once each, one language (the larger), and not the ones loaded later', () => {
    const dist = fakeBuild({ entry: 10_000, shared: 20_000, panel: 5_000, editor: 400_000 });
    const files = pathOf(dist, PARTICIPANT_PATH as string[]);
    expect(files.map((f) => f.file).sort()).toEqual([
      'assets/DraftPanel.js',
      'assets/boot.js',
      'assets/index.css',
      'assets/index.js',
      'assets/shared.js',
      'assets/zh-CN.js',
    ]);
    expect(check(files).ok).toBe(true);
  });

  it('fails when the path grows past the budget', () => {
    const dist = fakeBuild({ entry: 10_000, shared: (BUDGET_BYTES as number) - 10_000, panel: 5_000, editor: 1_000 });
    const files = pathOf(dist, PARTICIPANT_PATH as string[]);
    const result = check(files);
    expect(result.ok).toBe(false);
    expect(report(files, result)).toMatch(/^Over the budget/m);
  });

  it('refuses a start the manifest does not have, rather than leaving it out of the sum', () => {
    const dist = fakeBuild({ entry: 1_000, shared: 1_000, panel: 1_000, editor: 1_000 });
    expect(() => pathOf(dist, ['index.html', 'src/room/draft/Renamed.tsx'])).toThrow(/does not have/);
  });
});
