/** What every view of a live room reads: the state from useRoom, who you are, and how to send. */
import type { PresenceMessage, RoomState } from '@dr/shared';
import { createContext, useContext } from 'react';
import type { OutboxEntry } from './outbox';
import type { Send } from './useCommand';
import type { Room, You } from './roomTypes';

export interface RoomViewValue {
  roomId: string;
  /** The link's token: the draft's Yjs connection authenticates with it too. */
  token: string;
  state: RoomState;
  you: You;
  /** Your member id once it is in the state; null for an observer or a host console without a name. */
  youId: string | null;
  send: Send;
  /** The room's connection is up (welcomed); the draft follows it, so the page shows one status. */
  online: boolean;
  /** Commands waiting for the connection or their answer, and refusals of those that waited. */
  outbox: readonly OutboxEntry[];
  dismissOutbox: (requestId: string) => void;
  /** Server clock minus the local clock (ms), for countdowns. */
  clockOffset: number;
  /** Who is connected now; null while disconnected. */
  presence: PresenceMessage | null;
  /** A big room's count of members (removed ones included) while the state lacks some; else null. */
  membersMissing: number | null;
  /** Asks for a big room's other members (a screen that shows them all, or a name not known yet). */
  wantMembers: () => void;
  /**
   * The room as this device last saw it, with no connection (SavedRoomView): read-only, but for
   * your own hand, which is offered above the room (its commands wait in the outbox), not in it.
   */
  savedCopy?: boolean;
}

/** What the views read of a connected room: `room` from useRoom, with its state and who you are in it. */
export const liveRoomView = (
  roomId: string,
  token: string,
  room: Room,
  state: RoomState,
  you: You,
  youId: string | null,
): RoomViewValue => ({
  roomId,
  token,
  state,
  you,
  youId,
  send: room.send,
  online: room.status === 'connected',
  outbox: room.outbox,
  dismissOutbox: room.dismissOutbox,
  clockOffset: room.clockOffset,
  presence: room.presence,
  membersMissing:
    room.memberCount !== null && Object.keys(state.members).length < room.memberCount ? room.memberCount : null,
  wantMembers: room.wantMembers,
});

const RoomViewContext = createContext<RoomViewValue | null>(null);

export const RoomViewProvider = RoomViewContext.Provider;

export function useRoomView(): RoomViewValue {
  const value = useContext(RoomViewContext);
  if (!value) throw new Error('useRoomView() used outside a RoomViewProvider');
  return value;
}
