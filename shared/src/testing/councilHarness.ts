/**
 * The one way tests build a council's state, as `RoomHarness` does a room's: commands, joins and
 * meeting calls through the council's real rules (`decideCouncil`, `decideJoinCouncil`,
 * council/meetingCall.ts) and its fold (`applyCouncil`), as the server runs them. Pure: no server.
 */
import type { Locale } from '../core/vocabulary.js';
import type { CouncilCommand, JoinCouncil } from '../council/councilCommands.js';
import type { CouncilEvent, CouncilEventBody } from '../council/councilEvents.js';
import { applyCouncil } from '../council/councilFold.js';
import type { EarlierMeeting } from '../council/councilMeeting.js';
import { decideCouncil, decideJoinCouncil, type CouncilActor, type CouncilRuling } from '../council/councilRules.js';
import { emptyCouncil, type CouncilRole, type CouncilState } from '../council/councilState.js';
import {
  decideMeetingCall,
  meetingCalled,
  refuseMeetingCall,
  type MeetingCall,
  type MeetingCallEvents,
} from '../council/meetingCall.js';

export interface CouncilHarnessOptions {
  councilId?: string;
  name?: string;
  locale?: Locale;
  timeZone?: string;
  place?: string | null;
  /** The server time the council is created at, in ms (default 1 000). */
  now?: number;
}

/** A small in-memory council: runs commands through the real rules and fold, like the server does. */
export class CouncilHarness {
  state: CouncilState;
  private clock: number;
  private rooms = 0;

  constructor(options: CouncilHarnessOptions = {}) {
    const { councilId = 'c1', name = 'East Lane', locale = 'en', timeZone = 'UTC', place = 'Yard' } = options;
    this.clock = options.now ?? 1_000;
    this.state = emptyCouncil(councilId);
    // The credentials are the server's (hashes and sealed links); the rules never read them.
    const credentials = {
      tokenHashes: { host: 'h', member: 'm', observer: 'o', supervisor: 's' },
      sealedLinks: '',
      sealedForSupervisor: '',
    };
    this.fold(null, [
      {
        type: 'council.created',
        councilId,
        name,
        locale,
        timeZone,
        place,
        meetingPattern: null,
        officeId: null,
        credentials,
      },
    ]);
  }

  /** The server time now, in ms. */
  get now(): number {
    return this.clock;
  }

  /** Advances the server clock by `ms`. */
  tick(ms: number): void {
    this.clock += ms;
  }

  /** Asks to join the roster through a link of `role` (`actor`: the host's console adds people); folds it if accepted. */
  tryJoin(actor: CouncilActor, join: JoinCouncil, secretHash = `hash-${join.name}`): CouncilRuling {
    const ruling = decideJoinCouncil(this.state, actor, join, secretHash);
    if (ruling.ok) this.fold(null, ruling.events);
    return ruling;
  }

  /** Someone joins the roster through the link of `role`; returns them as an actor proven by their secret. */
  join(name: string, role: CouncilRole = 'member', join: Omit<JoinCouncil, 'name'> = {}): CouncilActor {
    const ruling = this.tryJoin({ role, memberId: null }, { name, ...join });
    if (!ruling.ok) throw new Error(`join refused: ${ruling.error.message}`);
    return { role, memberId: ruling.id ?? null };
  }

  /** Runs a command; returns the ruling and, when accepted, the stamped events. */
  run(actor: CouncilActor, command: CouncilCommand): { decision: CouncilRuling; events: CouncilEvent[] } {
    const decision = decideCouncil(this.state, actor, command);
    const events = decision.ok ? this.fold(actor.memberId, decision.events) : [];
    return { decision, events };
  }

  /** Runs a command that must be accepted; returns the id it created, if any. */
  must(actor: CouncilActor, command: CouncilCommand): string {
    const { decision } = this.run(actor, command);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`);
    return decision.id ?? '';
  }

  /** The refusal reason of a command that must be refused (it must change nothing). */
  refusal(actor: CouncilActor, command: CouncilCommand): string {
    const before = this.state;
    const { decision } = this.run(actor, command);
    if (decision.ok) throw new Error(`${command.type} was accepted`);
    if (this.state !== before) throw new Error('a refused command changed the state');
    return decision.error.reason ?? decision.error.code;
  }

  /**
   * The host calls a meeting, decided by the council's rules from `earlier` (the earlier meetings'
   * rooms, as the server loads them); its room gets the next id `r1`, `r2` … unless `roomId` is given.
   * Returns the refusal, or the room's seed and the council's event, which is folded in.
   */
  callMeeting(
    call: MeetingCall,
    earlier: readonly EarlierMeeting[] = [],
    roomId = `r${this.rooms + 1}`,
  ): { ok: false; decision: CouncilRuling } | ({ ok: true } & MeetingCallEvents) {
    const refused = refuseMeetingCall(this.state, call);
    if (refused) return { ok: false, decision: refused };
    const called = meetingCalled(this.state, call, decideMeetingCall(this.state, call, earlier, this.clock), roomId);
    this.rooms += 1;
    this.fold(null, [called.event]);
    return { ok: true, ...called };
  }

  /**
   * Stamps and folds events as stored, without the rules: only for tests of the fold itself (events
   * stored by older versions); every other test goes through the rules.
   */
  fold(actor: string | null, bodies: readonly CouncilEventBody[]): CouncilEvent[] {
    const events = bodies.map((b, i): CouncilEvent => ({ ...b, seq: this.state.seq + i + 1, at: this.clock, actor }));
    this.state = events.reduce(applyCouncil, this.state);
    return events;
  }
}
