/**
 * The council pages' live connection (shared/src/council/councilLive.ts): the `/councils` Socket.IO
 * namespace. The handshake names a council and one of its links' token, checked at the council's
 * door as an HTTP request is (the access gate: a wrong token is a guess, slowed per address); the
 * connection then only listens. `changed(councilId)` tells every page of that council, on every
 * node (through the adapter), that its board may have changed; the pages read it again.
 *
 * Notices are coalesced per council: the first goes out at once, those within the next
 * `COALESCE_MS` go out as one at its end (a meeting in session commits many events; each page reads
 * the whole board once per notice).
 */
import { COUNCIL_NAMESPACE, CouncilWatchAuth, type CouncilWatchEvents } from '@dr/shared/council';
import type { Logger } from 'pino';
import type { Namespace } from 'socket.io';
import type { AddressOf } from '../access/clientAddress.js';
import { admitToCouncil, type CouncilDoor } from '../http/councilDoors.js';
import { HandshakeError } from './authenticate.js';
import type { RoomServer } from './roomServer.js';

/** At most one notice per council in this window (ms), besides the first. */
export const COALESCE_MS = 300;

export interface CouncilWatchDeps {
  door: CouncilDoor;
  addressOf: AddressOf;
  logger: Logger;
}

/** Tells a council's open pages that its board changed. */
export interface CouncilNews {
  changed(councilId: string): void;
  close(): void;
}

const audience = (councilId: string) => `council:${councilId}`;

export function attachCouncilWatch(io: RoomServer, deps: CouncilWatchDeps): CouncilNews {
  // Its own event map: the pages only listen, to `councilChanged`.
  const watchers = io.of(COUNCIL_NAMESPACE) as unknown as Namespace<Record<string, never>, CouncilWatchEvents>;
  watchers.use((socket, next) => {
    const parsed = CouncilWatchAuth.safeParse(socket.handshake.auth ?? {});
    if (!parsed.success) return next(new HandshakeError('invalid', 'access.malformed'));
    const { councilId, token } = parsed.data;
    admit(councilId, token, deps.addressOf(socket.request)).then(
      (refused) => {
        if (refused) return next(refused);
        void socket.join(audience(councilId));
        next();
      },
      (error: unknown) => {
        deps.logger.error({ err: error }, 'council watch handshake failed');
        next(new HandshakeError('internal', 'server.failed'));
      },
    );
  });
  /** Null when the token opens the council (any of its links, or its office's); else the refusal. */
  const admit = async (councilId: string, token: string, address: string): Promise<HandshakeError | null> => {
    const council = await deps.door.book.load(councilId);
    if (!council) return new HandshakeError('not_found', 'access.badLink');
    const admission = await admitToCouncil(deps.door, address, council, token);
    if (admission.ok) return null;
    if (admission.refusal === 'rate_limited') return new HandshakeError('rate_limited', 'access.tooManyGuesses');
    return new HandshakeError('bad_token', 'access.badLink');
  };
  // The page only listens: anything it sends is ignored.

  const waiting = new Map<string, { again: boolean; timer: ReturnType<typeof setTimeout> }>();
  const send = (councilId: string) => watchers.to(audience(councilId)).emit('councilChanged', { councilId });
  const settle = (councilId: string) => {
    const entry = waiting.get(councilId);
    waiting.delete(councilId);
    if (entry?.again) changed(councilId);
  };
  const changed = (councilId: string) => {
    const entry = waiting.get(councilId);
    if (entry) return void (entry.again = true);
    send(councilId);
    const timer = setTimeout(() => settle(councilId), COALESCE_MS);
    timer.unref();
    waiting.set(councilId, { again: false, timer });
  };
  return {
    changed,
    close() {
      for (const { timer } of waiting.values()) clearTimeout(timer);
      waiting.clear();
    },
  };
}
