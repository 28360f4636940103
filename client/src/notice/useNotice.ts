/** The published notice from `GET /api/rooms/:roomId/notice`: no token, anyone may read it. */
import { Notice } from '@dr/shared';
import { useCallback, useEffect, useState } from 'react';
import type { Refusal } from '../live/refusal';
import { request } from '../live/request';

export type NoticeLoad =
  | { status: 'loading' }
  /** 404: never published, taken down, or no such room; the server does not say which. */
  | { status: 'notPublished' }
  /** `refusal`: the server's reason (too many requests …), or null when it could not be reached. */
  | { status: 'failed'; refusal: Refusal | null }
  | { status: 'ready'; notice: Notice };

export function useNotice(roomId: string): { load: NoticeLoad; retry: () => void } {
  const [load, setLoad] = useState<NoticeLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    void request(Notice, `/api/rooms/${encodeURIComponent(roomId)}/notice`, null, undefined, controller.signal).then(
      (answer) => {
        if (controller.signal.aborted) return;
        if (answer.ok) setLoad({ status: 'ready', notice: answer.value });
        else if (answer.status === 404) setLoad({ status: 'notPublished' });
        else setLoad({ status: 'failed', refusal: answer.refusal });
      },
    );
    return () => controller.abort();
  }, [roomId, attempt]);

  const retry = useCallback(() => {
    setLoad({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { load, retry };
}
