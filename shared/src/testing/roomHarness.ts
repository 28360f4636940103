/**
 * The one way tests build a room state: a room driven through the real `decide` and `apply`, as the
 * server does, so a test state is always one the rules allow. Pure: no server, no sockets.
 */
import { apply } from '../room/apply.js';
import { arrival, withArrivals } from '../meeting/arrival.js';
import { decide, decideJoin, type Actor, type DecideInputs } from '../room/decide.js';
import type { Command } from '../model/commands.js';
import { rubricInputs } from '../followup/rubricInputs.js';
import type { EventBody, RoomEvent } from '../model/events.js';
import { emptyState, type RoomState } from '../model/state.js';
import type { Locale, Presence } from '../core/vocabulary.js';

export interface HarnessOptions {
  roomId?: string;
  title?: string;
  locale?: Locale;
  /** The server time the room is created at, in ms (default 1 000). */
  now?: number;
  /**
   * Events stored right after `room.created`, as the server stores a council meeting's seed
   * (council/meetingCall.ts `meetingCalled`): its roster seated, its review item and topics.
   */
  seed?: readonly EventBody[];
}

/** A small in-memory room: runs commands through the real decide/apply, like the server does. */
export class RoomHarness {
  state: RoomState;
  private clock: number;

  constructor(options: HarnessOptions = {}) {
    const { roomId = 'room1', title = 'Courtyard council', locale = 'en', now = 1_000 } = options;
    this.clock = now;
    this.state = emptyState(roomId);
    this.commit(null, [{ type: 'room.created', roomId, title, locale }]);
    if (options.seed) this.commit(null, options.seed);
  }

  /** The server time now, in ms. */
  get now(): number {
    return this.clock;
  }

  /** A copy of this room at this moment, to try something on; this room is left as it was. */
  fork(): RoomHarness {
    const copy = Object.create(RoomHarness.prototype) as RoomHarness;
    return Object.assign(copy, { state: this.state, clock: this.clock });
  }

  /** Advances the server clock by `ms`. */
  tick(ms: number): void {
    this.clock += ms;
  }

  /** A member joining by name through a host or participant link, as the handshake does. */
  join(name: string, role: 'host' | 'participant' = 'participant', presence: Presence = 'remote'): Actor {
    const actor = this.joinOnly(name, role, presence);
    // A participant who joined by a link is present once they take part; here, their phone stayed.
    this.arrive(actor.memberId!);
    return actor;
  }

  /** A member who joins by name and does nothing more (a participant is then not present). */
  joinOnly(name: string, role: 'host' | 'participant' = 'participant', presence: Presence = 'remote'): Actor {
    const decision = decideJoin(this.state, { role, name, presence });
    if (!decision.ok) throw new Error(decision.error.message);
    this.commit(null, decision.events);
    return { role, memberId: decision.id ?? null };
  }

  /**
   * A member seated in advance (as a council's meeting seats its roster): a member of the room who
   * has not come yet. `arrive` is their first connection, as the server records it. `household`
   * (and `representative`: its 户代表) as the roster gives them.
   */
  seat(
    memberId: string,
    name: string,
    role: 'host' | 'participant' = 'participant',
    roster: { household?: string; representative?: boolean } = {},
  ): Actor {
    this.commit(null, [
      { type: 'member.joined', memberId, name, role, presence: 'remote', group: null, seated: true, ...roster },
    ]);
    return { role, memberId };
  }

  /** A seated member's first connection: `member.arrived` once (nothing if they already came). */
  arrive(memberId: string, presence?: Presence): RoomEvent[] {
    const events = arrival(this.state, memberId).map((e) => ({ ...e, presence: presence ?? e.presence }));
    return this.commit(memberId, events);
  }

  /** Runs a command; returns the decision and, when accepted, the stamped events. */
  run(actor: Actor, command: Command, inputs: DecideInputs = {}) {
    // As the server does: an accepted command of a seated member is also their arrival.
    const decision = withArrivals(
      this.state,
      actor,
      command,
      decide(this.state, actor, command, this.clock, { ...rubricInputs(command), ...inputs }),
    );
    const events = decision.ok ? this.commit(actor.memberId, decision.events) : [];
    return { decision, events };
  }

  /** Runs a command that must be accepted; returns the id it created, if any. */
  must(actor: Actor, command: Command, inputs: DecideInputs = {}): string {
    const { decision } = this.run(actor, command, inputs);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`);
    return decision.id ?? '';
  }

  /**
   * Turns at the floor, in order: each member raises a hand, the host gives each the floor for
   * their time (ms), then ends the last turn.
   */
  speakInTurn(host: Actor, ...turns: [member: Actor, ms: number][]): void {
    for (const [member] of turns) this.must(member, { type: 'queue.raise' });
    for (const [, ms] of turns) {
      this.must(host, { type: 'queue.next' });
      this.tick(ms);
    }
    this.must(host, { type: 'speaker.end' });
  }

  /** The error code of a command that must be refused. */
  refusal(actor: Actor, command: Command, inputs: DecideInputs = {}): string {
    const before = this.state;
    const { decision } = this.run(actor, command, inputs);
    if (decision.ok) throw new Error(`${command.type} was accepted`);
    if (this.state !== before) throw new Error('a refused command changed the state');
    return decision.error.code;
  }

  private commit(actor: string | null, bodies: readonly EventBody[]): RoomEvent[] {
    const events = bodies.map((b, i): RoomEvent => ({ ...b, seq: this.state.seq + i + 1, at: this.clock, actor }));
    this.state = events.reduce(apply, this.state);
    return events;
  }
}

/** The usual cast of a pure test: a host (Chair) and two participants, Ana and Bo, all joined. */
export function chairAnaBo(options: HarnessOptions = {}) {
  const room = new RoomHarness(options);
  const host = room.join('Chair', 'host');
  const ana = room.join('Ana');
  const bo = room.join('Bo');
  return { room, host, ana, bo };
}
