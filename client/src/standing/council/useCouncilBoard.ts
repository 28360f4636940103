/** The council's board for the token in the link, reloaded after every change this page makes. */
import type { CouncilBoard } from '@dr/shared/council';
import { useCallback, useEffect, useState } from 'react';
import type { Refusal } from '../../live/errorMessage';
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
  return { load, reload };
}
