/**
 * Web push for one node, assembled from its options (issue 29, part 4): the sender, the scheduler
 * of reminders (running on every node; the store lets one take each job) and the notifier that
 * decides who hears what. Absent options: no push at all (`push.unavailable` at the routes).
 */
import type { Agent } from 'node:https';
import type { Logger } from 'pino';
import type { CouncilBook } from '../council/councilBook.js';
import type { RoomRegistry } from '../room/roomRegistry.js';
import type { Store } from '../store/store.js';
import { PushNotifier } from './pushNotifier.js';
import { PushSender } from './pushSender.js';
import { Scheduler } from './scheduler.js';
import type { VapidKeys } from './vapidKeys.js';

export interface PushOptions {
  /** The VAPID pair (vapidKeys.ts `loadVapidKeys`). */
  keys: VapidKeys;
  /** `VAPID_SUBJECT`: a `mailto:` or `https:` contact for the push services. */
  subject: string;
  /** The TLS agent for reaching push services (tests trust their receiver's certificate with it). */
  agent?: Agent | undefined;
  /** How often the scheduler looks for due reminders (`PUSH_SCHEDULER_MS`, default 30 s). */
  schedulerEveryMs?: number | undefined;
  /** This node's name in the jobs it takes (the cluster's node id when there is one). */
  node?: string | undefined;
}

export interface PushService {
  publicKey: string;
  scheduler: Scheduler;
  notifier: PushNotifier;
}

export function createPushService(
  options: PushOptions,
  deps: { store: Store; logger: Logger; clock: () => number; councils: CouncilBook; registry: RoomRegistry },
): PushService {
  const { store, logger, clock, councils, registry } = deps;
  const sender = new PushSender({
    store: store.push,
    keys: options.keys,
    subject: options.subject,
    logger,
    agent: options.agent,
  });
  const scheduler = new Scheduler({
    store: store.push,
    logger,
    clock,
    node: options.node,
    everyMs: options.schedulerEveryMs,
  });
  const notifier = new PushNotifier({ sender, scheduler, councils, registry, logger, clock });
  return { publicKey: options.keys.publicKey, scheduler, notifier };
}
