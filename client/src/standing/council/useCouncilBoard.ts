/**
 * The council's board for the token in the link, read again after every change this page makes and
 * whenever the server says it changed (a meeting called, a topic added or supported, a roster change,
 * an action item updated in a meeting: shared/src/council/councilLive.ts), so every open council page
 * shows the same board without a reload. After a lost connection it is read again too (what changed
 * meanwhile was not told).
 */
import { COUNCIL_NAMESPACE, type CouncilBoard, type CouncilWatchEvents } from '@dr/shared/council';
import { useCallback, useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { Refusal } from '../../live/refusal';
import { RECONNECTION } from '../../live/roomSocket';
import { standingApi } from '../standingApi';

export type BoardLoad =
  { status: 'loading' } | { status: 'failed'; refusal: Refusal | null } | { status: 'ready'; board: CouncilBoard };

export function useCouncilBoard(councilId: string, token: string): { load: BoardLoad; reload: () => void } {
  const [load, setLoad] = useState<BoardLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void standingApi.board(councilId, token).then((answer) => {
      if (!live) return;
      setLoad(answer.ok ? { status: 'ready', board: answer.value } : { status: 'failed', refusal: answer.refusal });
    });
    return () => {
      live = false;
    };
  }, [councilId, token, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => watchCouncil(councilId, token, reload), [councilId, token, reload]);
  return { load, reload };
}

/** Listens on `/councils` for changes of this council; returns the function that stops listening. */
function watchCouncil(councilId: string, token: string, changed: () => void): () => void {
  const socket: Socket<CouncilWatchEvents> = io(COUNCIL_NAMESPACE, {
    auth: { councilId, token },
    // Kept on one node behind a load balancer, as a room's connection is (deploy/nginx.conf).
    query: { room: councilId },
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    ...RECONNECTION,
  });
  let connectedBefore = false;
  socket.on('connect', () => {
    if (connectedBefore) changed();
    connectedBefore = true;
  });
  socket.on('councilChanged', changed);
  return () => void socket.close();
}
