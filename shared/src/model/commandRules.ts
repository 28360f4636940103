/**
 * How an area lists its commands for `decide`, as its fold lists its events for `apply`: each
 * command type with who may send it (`access`) and its rule, side by side, at the foot of the area's
 * `…Rules.ts` module. `room/roomCommands.ts` joins the areas' lists; a command type no area lists is
 * a compile error there. Types only and one identity function: zod-free (the web app runs `decide`).
 */
import type { CommandOf, CommandType } from './commands.js';
import type { RuleContext, Ruling } from './ruling.js';

/**
 * Who may send a command, decided once before its rule (room/roomCommands.ts `permission`). Nobody
 * with an observer link sends anything, and a removed member is no member.
 * - `host`: a host link only; a host console need not have joined by name.
 * - `memberOrHost`: someone who has joined by name, or a host console that has not.
 * - `member`: someone who has joined by name only (a host too, once joined).
 */
export type Access = 'host' | 'memberOrHost' | 'member';

/** What a rule's `may…` part reads: the state and who acts (no time, no outside inputs). */
export type MayContext = Pick<RuleContext, 'state' | 'actor'>;

/**
 * One command's entry: who may send it, the rule that decides it, and optionally the rule's first
 * part (`may`): what holds before the command's content is typed (the item exists, the round is
 * open …), which the rule runs first and the web app asks through `mayAttempt` (room/mayAttempt.ts)
 * with only the things the command names. `may` reads no field its parameter type does not name.
 */
export interface CommandRule<T extends CommandType> {
  access: Access;
  may?(ctx: MayContext, attempt: CommandOf<T>): Ruling | null;
  rule(ctx: RuleContext, command: CommandOf<T>): Ruling;
}

/** An area's commands: one entry per command type it owns. */
export type CommandRules<T extends CommandType> = { readonly [K in T]: CommandRule<K> };

/** Lists an area's commands; the type checker holds each rule to its own command's shape. */
export function commandRules<T extends CommandType>(rules: CommandRules<T>): CommandRules<T> {
  return rules;
}
