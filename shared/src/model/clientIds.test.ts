/**
 * Every id a client can send is looked up among the room's own entries only. The table covers every
 * command field that names something (found from the command schemas, so a new command cannot slip
 * past), each with ids that name built-ins of a plain object and a random unknown one, from each role.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandSamples, withValue, type Path } from '../testing/commandSamples.js';
import { Command, EntityId, type CommandType } from './commands.js';
import { commandRule } from '../room/roomCommands.js';
import { decide, type Actor } from '../room/decide.js';
import { decidedMeeting, FROZEN_DRAFT, withAction } from '../testing/decidedMeeting.js';
import { parseCommand } from '../protocol/parseCommand.js';
import { rubricInputs } from '../followup/rubricInputs.js';
import { REFUSALS } from '../core/refusals.js';
import type { RoomState } from './state.js';
import type { ErrorCode } from '../core/errors.js';

const BAD_IDS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  `x${globalThis.crypto.randomUUID()}`,
];

/** Paths of every field in `schema` that holds an `EntityId` (through optionals, arrays and objects). */
function idPaths(schema: z.ZodType, path: Path = []): Path[] {
  if (schema === EntityId) return [path];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return idPaths(schema.unwrap() as z.ZodType, path);
  }
  if (schema instanceof z.ZodArray) return idPaths(schema.element as z.ZodType, [...path, 0]);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([key, field]) => idPaths(field as z.ZodType, [...path, key]));
  }
  return [];
}

/** Names of every field (at any depth) whose name says it holds an id. */
function idNamedPaths(schema: z.ZodType, path: Path = []): Path[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return idNamedPaths(schema.unwrap() as z.ZodType, path);
  }
  if (schema instanceof z.ZodArray) return idNamedPaths(schema.element as z.ZodType, [...path, 0]);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([key, field]) =>
      /Id$/.test(key) && !isNumber(field as z.ZodType)
        ? [[...path, key]]
        : idNamedPaths(field as z.ZodType, [...path, key]),
    );
  }
  return [];
}

/** A turn id is a seq (a number compared with the speaker's), never a key looked up in a record. */
function isNumber(schema: z.ZodType): boolean {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return isNumber(schema.unwrap() as z.ZodType);
  return schema instanceof z.ZodNumber;
}

const ID_FIELDS = Command.options.flatMap((option) =>
  idPaths(option).map((path) => ({ type: option.shape.type.value as CommandType, path })),
);

/** A meeting with something of every kind to name: members, an item, a closed round, a decision, an action item. */
function meeting() {
  const m = withAction(decidedMeeting(), { owner: 'Committee', tier: 'committee', dueDate: '2030-01-01' });
  m.room.must(m.host, { type: 'room.setPhase', phase: 'adjourned' });
  return m;
}

type RoleName = 'host console' | 'host member' | 'participant' | 'observer';

/**
 * The code a role gets for a command naming something that does not exist: refused for the role
 * first where the role may not send it at all (or act for another member), else `not_found`.
 */
function expectedCode(role: RoleName, type: CommandType, path: Path): ErrorCode {
  if (role === 'observer') return 'forbidden';
  if (role === 'participant' && commandRule(type).access === 'host') return 'forbidden';
  if (role === 'host console' && commandRule(type).access === 'member') return 'forbidden';
  // Naming another member (an unknown id is not one's own) is for the host alone.
  if (role === 'participant' && path.join('.') === 'memberId') return 'forbidden';
  return 'not_found';
}

describe('client ids see only the room’s own entries', () => {
  it('finds every id field of every command, and every field named …Id is one', () => {
    const named = Command.options.flatMap((o) => idNamedPaths(o).map((p) => `${o.shape.type.value} ${p.join('.')}`));
    expect(ID_FIELDS.map((f) => `${f.type} ${f.path.join('.')}`)).toEqual(named);
    expect(new Set(ID_FIELDS.map((f) => f.type)).size).toBeGreaterThanOrEqual(20);
  });

  const m = meeting();
  const actors: Record<RoleName, Actor> = {
    'host console': { role: 'host', memberId: null },
    'host member': m.host,
    participant: m.ana,
    observer: { role: 'observer', memberId: null },
  };
  const real = commandSamples({ ...m, memberId: m.bo.memberId! });
  // The state as a client or a reloaded server holds it: parsed from JSON, with plain prototypes again.
  const states: [string, RoomState][] = [
    ['in memory', m.room.state],
    ['parsed from JSON', JSON.parse(JSON.stringify(m.room.state)) as RoomState],
  ];

  for (const { type, path } of ID_FIELDS) {
    for (const [roleName, actor] of Object.entries(actors) as [RoleName, Actor][]) {
      it(`${type} ${path.join('.')} from a ${roleName}`, () => {
        for (const badId of BAD_IDS) {
          const parsed = parseCommand(JSON.parse(JSON.stringify(withValue(real[type], path, badId))));
          if (!parsed.ok) throw new Error(`${type} with ${badId}: ${parsed.error.message}`);
          for (const [label, state] of states) {
            const before = JSON.stringify(state);
            const ruling = decide(state, actor, parsed.value, 5_000_000, {
              ...rubricInputs(parsed.value),
              frozenDraft: FROZEN_DRAFT,
            });
            const context = `${type} ${path.join('.')}=${badId} by ${roleName}, state ${label}`;
            expect(ruling.ok, context).toBe(false);
            if (ruling.ok) continue;
            expect(ruling.error.code, context).toBe(expectedCode(roleName, type, path));
            expect(ruling.error.reason && Object.hasOwn(REFUSALS, ruling.error.reason), context).toBe(true);
            expect(JSON.stringify(state), context).toBe(before);
          }
        }
      });
    }
  }

  it('a member named by a built-in name is still no member: the permission check sees own entries only', () => {
    for (const badId of BAD_IDS) {
      const ghost: Actor = { role: 'participant', memberId: badId };
      const ruling = decide(m.room.state, ghost, { type: 'agenda.propose', title: 'x' }, 0);
      expect(ruling).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'role.joinFirst' } });
    }
  });
});
