/**
 * A resident joining as the web app does (issue 30): the page load (`GET /r/<roomId>`, which gives
 * the device pass), a connection that waits for a name (`waitForName`, with the pass's cookie), then
 * the name on it (`join`). Used by the joining tests and the `hallJoin` benchmark.
 */
import { LIMITS, PROTOCOL_VERSION, type JoinAck } from '@dr/shared';
import { connectRaw } from './clients.js';

/** The device pass the room's page gives (`Cookie` header value), or null when none was given. */
export async function pageLoad(url: string, roomId: string, cookie?: string): Promise<string | null> {
  const res = await fetch(`${url}/r/${encodeURIComponent(roomId)}`, cookie ? { headers: { cookie } } : {});
  await res.arrayBuffer();
  const given = res.headers.getSetCookie().find((c) => c.startsWith('dr_device='));
  return given ? given.split(';')[0]! : (cookie ?? null);
}

export type WebJoin = { ok: true; memberId: string } | { ok: false; reason: string };

/** Joins by name on an open connection, as the web app does; closes the connection after the answer unless `keep`. */
export function joinOnConnection(
  url: string,
  auth: { roomId: string; token: string },
  name: string,
  cookie: string | null,
  keep = false,
): Promise<WebJoin> {
  const socket = connectRaw(
    url,
    { ...auth, protocolVersion: PROTOCOL_VERSION, waitForName: true },
    cookie ? { cookie } : undefined,
  );
  return new Promise((resolve) => {
    const done = (result: WebJoin) => {
      if (!keep || !result.ok) socket.close();
      resolve(result);
    };
    socket.once('connect_error', (error: Error & { data?: { reason?: string } }) =>
      done({ ok: false, reason: error.data?.reason ?? error.message }),
    );
    socket.once('nameRequired', () => {
      // The web app's own answer timeout (client/src/live/roomSocket.ts, COMMAND_TIMEOUT_MS).
      socket
        .timeout(LIMITS.joinWaitMs + 15_000)
        .emitWithAck('join', { name, presence: 'in_room' })
        .then(
          (ack: JoinAck) =>
            done(
              ack.ok ? { ok: true, memberId: ack.memberId } : { ok: false, reason: ack.error.reason ?? ack.error.code },
            ),
          () => done({ ok: false, reason: 'timeout' }),
        );
    });
  });
}
