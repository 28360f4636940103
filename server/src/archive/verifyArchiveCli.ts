/**
 * `pnpm verify-archive <zip> [--lang zh-CN|en]`: checks an archive ZIP (verifyArchive.ts) and says
 * in words, in both languages unless one is asked for, whether anything was changed, removed or
 * reordered, and where. Exits 0 when every part is intact, 1 when something was altered, 2 when
 * the file cannot be read as an archive.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '@dr/shared';
import { verifyArchive } from './verifyArchive.js';
import { describeReport } from './verifyWords.js';

const USAGE = 'usage: pnpm verify-archive <archive.zip> [--lang zh-CN|en]';

async function main(args: string[]): Promise<number> {
  const langAt = args.indexOf('--lang');
  const lang = langAt >= 0 ? args.splice(langAt, 2)[1] : undefined;
  const locales: Locale[] = lang === 'en' || lang === 'zh-CN' ? [lang] : ['zh-CN', 'en'];
  if (args.length !== 1 || (lang !== undefined && locales.length !== 1)) {
    console.error(USAGE);
    return 2;
  }
  // pnpm runs the script in the server package; the path is the caller's.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]!);
  let reports;
  try {
    reports = await verifyArchive(await readFile(file));
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (reports.length === 0) {
    console.error(`${file}: 不是会议档案（没有 manifest.json） / not an archive (no manifest.json)`);
    return 2;
  }
  for (const report of reports) {
    console.log(`== ${report.prefix || './'} ${report.title} (${report.kind})`);
    for (const locale of locales) for (const line of describeReport(report, locale)) console.log(line);
  }
  return reports.every((r) => r.ok) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
