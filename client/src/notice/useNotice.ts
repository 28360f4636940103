/** The published notice from `GET /api/rooms/:roomId/notice`: no token, anyone may read it. */
import type { Notice } from '@dr/shared';
import { useCallback, useEffect, useState } from 'react';

export type NoticeLoad =
  | { status: 'loading' }
  /** 404: never published, taken down, or no such room; the server does not say which. */
  | { status: 'notPublished' }
  | { status: 'failed' }
  | { status: 'ready'; notice: Notice };

function isNotice(body: unknown): body is Notice {
  const notice = body as Partial<Notice> | null;
  return typeof notice?.title === 'string' && Array.isArray(notice.decisions) && typeof notice.timeZone === 'string';
}

export function useNotice(roomId: string): { load: NoticeLoad; retry: () => void } {
  const [load, setLoad] = useState<NoticeLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/rooms/${encodeURIComponent(roomId)}/notice`, { signal: controller.signal })
      .then(async (response) => {
        if (response.status === 404) return setLoad({ status: 'notPublished' });
        const body: unknown = response.ok ? await response.json() : null;
        setLoad(isNotice(body) ? { status: 'ready', notice: body } : { status: 'failed' });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ status: 'failed' });
      });
    return () => controller.abort();
  }, [roomId, attempt]);

  const retry = useCallback(() => {
    setLoad({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { load, retry };
}
