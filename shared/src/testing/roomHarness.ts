/** Builders for pure tests of decide/apply: a room with members, driven through decide + apply. */
import { apply } from '../room/apply.js';
import { decide, decideJoin, type Actor, type DecideInputs } from '../room/decide.js';
import type { Command } from '../model/commands.js';
import type { EventBody, RoomEvent } from '../model/events.js';
import { emptyState, type RoomState } from '../model/state.js';
import type { Presence } from '../core/vocabulary.js';

/** A small in-memory room: runs commands through the real decide/apply, like the server does. */
export class RoomHarness {
  state: RoomState;
  private clock = 1_000;

  constructor(title = 'Courtyard council') {
    this.state = emptyState('room1');
    this.commit(null, [{ type: 'room.created', roomId: 'room1', title, locale: 'en' }]);
  }

  /** Advances the server clock by `ms`. */
  tick(ms: number): void {
    this.clock += ms;
  }

  join(name: string, role: 'host' | 'participant' = 'participant', presence: Presence = 'remote'): Actor {
    const decision = decideJoin(this.state, { role, name, presence });
    if (!decision.ok) throw new Error(decision.error.message);
    this.commit(null, decision.events);
    return { role, memberId: decision.id ?? null };
  }

  /** Runs a command; returns the decision and, when accepted, the stamped events. */
  run(actor: Actor, command: Command, inputs: DecideInputs = {}) {
    const decision = decide(this.state, actor, command, this.clock, inputs);
    const events = decision.ok ? this.commit(actor.memberId, decision.events) : [];
    return { decision, events };
  }

  /** Runs a command that must be accepted; returns the id it created, if any. */
  must(actor: Actor, command: Command, inputs: DecideInputs = {}): string {
    const { decision } = this.run(actor, command, inputs);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`);
    return decision.id ?? '';
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
