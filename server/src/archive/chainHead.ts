/**
 * A stream's chain head (stream/chain.ts) as the record shows it: the short fingerprint on the
 * notice, the board, and a line at the end of the minutes, so a printed copy can be held against
 * the archive (`pnpm verify-archive` prints the same fingerprint).
 */
import type { Locale } from '@dr/shared';
import type { Block } from '../minutes/layout.js';
import type { EventLog } from '../store/eventLog.js';
import { fingerprint, hashOf } from '../stream/chain.js';

/** The head of a stream at `seq`: the last event's hash and its fingerprint (null before the chain began). */
export async function chainHead(
  log: EventLog,
  streamId: string,
  seq: number,
): Promise<{ seq: number; hash: string | null; fingerprint: string | null }> {
  const [event] = seq > 0 ? await log.readEvents(streamId, seq - 1, 1) : [];
  const hash = hashOf(event);
  return { seq, hash, fingerprint: fingerprint(hash) };
}

const LABEL: Record<Locale, string> = { 'zh-CN': '记录指纹（链头）：', en: 'Record fingerprint (chain head):' };

/** The minutes' last line: the fingerprint and the event it was taken at. */
export function chainHeadBlock(head: { seq: number; fingerprint: string | null }, locale: Locale): Block {
  const at = locale === 'zh-CN' ? `（截至第 ${head.seq} 条事件）` : ` (as of event ${head.seq})`;
  return { kind: 'field', label: LABEL[locale], value: `${head.fingerprint ?? '—'}${at}` };
}
