/**
 * The outbox of whoever sends from this page, over the room's socket (outbox.ts), kept on the device
 * under that sender's name (outboxStore.ts): what a reload with no signal left waiting goes out on
 * the first welcome, as the one who issued it. A board (nameless) sends nothing and keeps nothing.
 */
import { Outbox, type OutboxEntry } from './outbox';
import { loadOutbox, saveOutbox, senderKey } from './outboxStore';
import { COMMAND_TIMEOUT_MS, type RoomSocket } from './roomSocket';

export interface SenderOutbox {
  outbox: Outbox;
  /** The welcome says who this page is now: from here on what waits goes out, and is kept, as them. */
  sendAs(memberId: string | null): void;
}

export function senderOutbox(
  roomId: string,
  socket: RoomSocket,
  options: {
    /** The member this device holds for the room, if any. */
    memberId: string | null;
    nameless: boolean;
    onChange: (entries: readonly OutboxEntry[]) => void;
    /** No answer on a connection that says it is up (outbox.ts, `OutboxTransport.unanswered`). */
    unanswered: () => void;
  },
): SenderOutbox {
  const { nameless, onChange, unanswered } = options;
  let sender = senderKey(options.memberId);
  const outbox = new Outbox(
    {
      send: (command, requestId) =>
        socket.timeout(COMMAND_TIMEOUT_MS).emitWithAck('command', { ...command, requestId }),
      unanswered,
    },
    (entries) => {
      onChange(entries);
      if (!nameless) saveOutbox(roomId, sender, entries);
    },
    undefined,
    nameless ? [] : loadOutbox(roomId, sender),
  );
  return {
    outbox,
    sendAs(memberId) {
      if (nameless || senderKey(memberId) === sender) return;
      // Someone else now (joined by name, or a new member after this one was removed): what waits on
      // the page goes out as them, and is kept under their name from here on.
      saveOutbox(roomId, sender, []);
      sender = senderKey(memberId);
    },
  };
}
