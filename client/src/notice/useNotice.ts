/** The published notice from `GET /api/rooms/:roomId/notice`: no token, anyone may read it. */
import { Notice, refusalOf, type HttpError } from '@dr/shared';
import { useCallback, useEffect, useState } from 'react';

export type NoticeLoad =
  | { status: 'loading' }
  /** 404: never published, taken down, or no such room; the server does not say which. */
  | { status: 'notPublished' }
  /** `refusal`: the server's reason (too many requests …), or null when it could not be reached. */
  | { status: 'failed'; refusal: HttpError | null }
  | { status: 'ready'; notice: Notice };

export function useNotice(roomId: string): { load: NoticeLoad; retry: () => void } {
  const [load, setLoad] = useState<NoticeLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/rooms/${encodeURIComponent(roomId)}/notice`, { signal: controller.signal })
      .then(async (response) => {
        if (response.status === 404) return setLoad({ status: 'notPublished' });
        const body: unknown = await response.json().catch(() => null);
        const notice = response.ok ? Notice.safeParse(body) : null;
        if (notice?.success) return setLoad({ status: 'ready', notice: notice.data });
        setLoad({ status: 'failed', refusal: response.ok ? null : refusalOf(body) });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ status: 'failed', refusal: null });
      });
    return () => controller.abort();
  }, [roomId, attempt]);

  const retry = useCallback(() => {
    setLoad({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { load, retry };
}
