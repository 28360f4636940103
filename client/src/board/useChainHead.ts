/**
 * The record's chain head for the board (`GET /api/rooms/:roomId/chain`, host or observer link),
 * asked again whenever the room's seq moves, at most once every few seconds so a vote burst costs
 * one request, not one per vote.
 */
import { useEffect, useRef, useState } from 'react';
import { request } from '../live/request';
import type { ChainHeadView } from '../followup/notice/ChainHeadLine';

const MIN_GAP_MS = 3_000;

/** Reads the answer by hand: the board needs only two fields. */
function readChainHead(body: unknown): ChainHeadView | null {
  const { seq, fingerprint } = (body ?? {}) as { seq?: unknown; fingerprint?: unknown };
  if (typeof seq !== 'number' || !(fingerprint === null || typeof fingerprint === 'string')) return null;
  return { seq, fingerprint };
}

/** The head as of the last answer (null before the first), following `seq` (null: not in the room yet). */
export function useChainHead(roomId: string, token: string, seq: number | null): ChainHeadView | null {
  const [head, setHead] = useState<ChainHeadView | null>(null);
  const lastAsked = useRef(0);
  useEffect(() => {
    if (seq === null) return;
    const controller = new AbortController();
    const wait = Math.max(0, lastAsked.current + MIN_GAP_MS - Date.now());
    // A newer seq before the timer fires replaces it: the trailing request reads the latest head.
    const timer = setTimeout(() => {
      lastAsked.current = Date.now();
      const path = `/api/rooms/${encodeURIComponent(roomId)}/chain`;
      void request(readChainHead, path, token, undefined, controller.signal).then((answer) => {
        if (answer.ok) setHead(answer.value);
      });
    }, wait);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [roomId, token, seq]);
  return head;
}
