/** The domain's closed vocabularies (五定 · 六步), each a zod enum with its type beside it. */
import { z } from 'zod';

export const ROOM_PHASES = ['preparing', 'in_session', 'adjourned', 'closed'] as const;
export const RoomPhase = z.enum(ROOM_PHASES);
export type RoomPhase = z.infer<typeof RoomPhase>;

/** The six-step method (六步协商工作法), one stage after another for each topic. */
export const ITEM_STEPS = ['collecting', 'investigating', 'deliberating', 'deciding', 'acting', 'published'] as const;
export const ItemStep = z.enum(ITEM_STEPS);
export type ItemStep = z.infer<typeof ItemStep>;

export const QUEUE_POLICIES = ['fifo', 'firstTimeFirst', 'alternate'] as const;
export const QueuePolicy = z.enum(QUEUE_POLICIES);
export type QueuePolicy = z.infer<typeof QueuePolicy>;

export const HAND_KINDS = ['speak', 'reply', 'pointOfOrder'] as const;
export const HandKind = z.enum(HAND_KINDS);
export type HandKind = z.infer<typeof HandKind>;

/** Stakeholder groups the interface suggests (多元参与); members may also carry any other group name. */
export const SUGGESTED_GROUPS = [
  'resident',
  'partyMember',
  'expert',
  'propertyOffice',
  'committee',
  'official',
] as const;

/** The meeting rules (定会纪). */
export interface Rules {
  /** Seconds per turn; null means turns are not timed. */
  speakingLimitSec: number | null;
  queuePolicy: QueuePolicy;
  /** Turns one member may take on one agenda item; null means no cap. */
  maxTurnsPerItem: number | null;
  /** Whether a point of order may jump the queue. */
  pointsOfOrder: boolean;
}

export const DEFAULT_RULES: Rules = {
  speakingLimitSec: 120,
  queuePolicy: 'fifo',
  maxTurnsPerItem: null,
  pointsOfOrder: true,
};
