/** A chain report (verifyChain.ts) in words, zh-CN and en: what `verify-archive` prints and `/verify` answers. */
import type { Locale } from '@dr/shared';
import type { ChainProblem, ChainReport } from './verifyChain.js';

const PROBLEM: Record<Locale, (p: ChainProblem) => string> = {
  'zh-CN': (p) => {
    switch (p.kind) {
      case 'changed':
        return `第 ${p.seq} 条事件的内容被改动过（与其哈希不符）。`;
      case 'brokenLink':
        return `第 ${p.seq} 条事件与前一条的链接断开：前一条被替换或删除过。`;
      case 'removed':
        return p.fromSeq === p.toSeq ? `第 ${p.fromSeq} 条事件被删除。` : `第 ${p.fromSeq}–${p.toSeq} 条事件被删除。`;
      case 'reordered':
        return `第 ${p.seq} 条事件排在第 ${p.afterSeq} 条之后：顺序被调换过。`;
      case 'unchained':
        return `第 ${p.seq} 条事件没有哈希，而链已在它之前开始：它是后来插入的。`;
      case 'roundText':
        return `第 ${p.seq} 条事件（表决轮次 ${p.roundId}）的定稿文本与其指纹不符。`;
      case 'head':
        return `最后一条事件（第 ${p.seq} 条）不是档案清单所记的链头。`;
      case 'file':
        return `文件 ${p.file} 与档案清单所记的摘要不符，或已缺失。`;
      case 'unreadable':
        return `events.ndjson 第 ${p.line} 行无法读取。`;
    }
  },
  en: (p) => {
    switch (p.kind) {
      case 'changed':
        return `Event ${p.seq} was changed (it no longer matches its hash).`;
      case 'brokenLink':
        return `Event ${p.seq} does not follow the event before it: that one was replaced or removed.`;
      case 'removed':
        return p.fromSeq === p.toSeq
          ? `Event ${p.fromSeq} was removed.`
          : `Events ${p.fromSeq}–${p.toSeq} were removed.`;
      case 'reordered':
        return `Event ${p.seq} comes after event ${p.afterSeq}: the order was changed.`;
      case 'unchained':
        return `Event ${p.seq} has no hash although the chain began before it: it was inserted later.`;
      case 'roundText':
        return `The frozen text of round ${p.roundId} (event ${p.seq}) does not match its fingerprint.`;
      case 'head':
        return `The last event (${p.seq}) is not the chain head the archive's manifest names.`;
      case 'file':
        return `The file ${p.file} differs from the digest the archive's manifest names, or is missing.`;
      case 'unreadable':
        return `Line ${p.line} of events.ndjson cannot be read.`;
    }
  },
};

/** The report as sentences: the verdict first, then each problem, then what the chain covers. */
export function describeReport(report: ChainReport, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  const head = report.head?.fingerprint;
  if (report.ok) {
    lines.push(
      zh
        ? `记录完整：${report.events} 条事件，无改动、删除或调序。链头指纹 ${head ?? '—'}。`
        : `The record is intact: ${report.events} events, nothing changed, removed or reordered. Chain head ${head ?? '—'}.`,
    );
  } else {
    lines.push(
      zh
        ? `记录被改动过（${report.problems.length} 处）：`
        : `The record was altered (${report.problems.length} findings):`,
    );
    for (const problem of report.problems) lines.push(`- ${PROBLEM[locale](problem)}`);
  }
  if (report.chainedFrom === null)
    lines.push(zh ? '这些事件早于哈希链，无法验证。' : 'These events predate the hash chain and cannot be verified.');
  else if (report.chainedFrom > 1)
    lines.push(
      zh
        ? `第 1–${report.chainedFrom - 1} 条事件早于哈希链，链从第 ${report.chainedFrom} 条开始。`
        : `Events 1–${report.chainedFrom - 1} predate the hash chain; it starts at event ${report.chainedFrom}.`,
    );
  if (report.erased > 0)
    lines.push(
      zh
        ? `${report.erased} 项个人信息已按要求删除，以化名代替；其摘要仍在链中。`
        : `${report.erased} personal ${report.erased === 1 ? 'field was' : 'fields were'} erased and replaced by pseudonyms; their digests remain in the chain.`,
    );
  return lines;
}
