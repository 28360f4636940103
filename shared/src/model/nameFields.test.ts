/**
 * Every name-like field of every command is normalised the same way (names.ts): found from the
 * command schemas by field name, so a new command's `title` or `name` cannot skip it. The join path
 * (a name in the handshake) is held to the same rule.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commandSamples, valueAt, withValue, type Path } from '../testing/commandSamples.js';
import { Command, type CommandType } from './commands.js';
import { decideJoin } from '../room/decide.js';
import { parseCommand } from '../protocol/parseCommand.js';
import { RoomHarness } from '../testing/roomHarness.js';

const NAME_KEYS = new Set(['name', 'title', 'owner', 'group', 'place', 'kind', 'category', 'label', 'zh-CN', 'en']);

/** Paths of string fields whose key says they hold a name (rubric labels are `{ 'zh-CN', en }`). */
function namePaths(schema: z.ZodType, path: Path = []): Path[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return namePaths(schema.unwrap() as z.ZodType, path);
  }
  if (schema instanceof z.ZodPipe) return namePaths(schema.in as z.ZodType, path);
  if (schema instanceof z.ZodString) return NAME_KEYS.has(String(path.at(-1))) ? [path] : [];
  if (schema instanceof z.ZodArray) return namePaths(schema.element as z.ZodType, [...path, 0]);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([key, field]) => namePaths(field as z.ZodType, [...path, key]));
  }
  return [];
}

const NAME_FIELDS = Command.options.flatMap((option) =>
  namePaths(option).map((path) => ({ type: option.shape.type.value as CommandType, path })),
);
const samples = commandSamples({ itemId: 'i1', memberId: 'm1', roundId: 'r1', decisionId: 'd1', actionId: 'a1' });

describe('names and titles in commands', () => {
  it('are found in every command that has them', () => {
    expect(NAME_FIELDS.map((f) => `${f.type} ${f.path.join('.')}`)).toEqual([
      'member.addInRoom name',
      'member.addInRoom group',
      'member.setGroup group',
      'agenda.propose title',
      'agenda.edit title',
      'agenda.update title',
      'draft.saveVersion name',
      'room.setDetails place',
      'room.setDetails kind',
      'action.create title',
      'action.create owner',
      'action.create category',
      'scorecard.setRubric rubric.categories.0.label.zh-CN',
      'scorecard.setRubric rubric.categories.0.label.en',
      'scorecard.setRubric rubric.categories.0.indicators.0.label.zh-CN',
      'scorecard.setRubric rubric.categories.0.indicators.0.label.en',
    ]);
  });

  for (const { type, path } of NAME_FIELDS) {
    const field = path.join('.');
    it(`${type} ${field}: trimmed, NFC, without controls or bidi overrides; nothing visible is no name`, () => {
      const sent = withValue(samples[type], path, ' \u202EJose\u0301\u0000 \u200B Li\u2066 ');
      const parsed = parseCommand(JSON.parse(JSON.stringify(sent)));
      expect(parsed.ok && valueAt(parsed.value, path)).toBe('Jos\u00E9 Li');

      for (const blank of ['\u200B', '\u202E', '\u0000', ' \u200B\u200D\uFEFF ']) {
        const result = parseCommand(withValue(samples[type], path, blank));
        // A required name is refused; an optional one (a group, a place) becomes "none".
        if (result.ok) expect(valueAt(result.value, path), JSON.stringify(blank)).toBe('');
        else expect(result.error).toMatchObject({ code: 'invalid', reason: 'command.invalid' });
      }
    });
  }

  it('refuses required names and titles that are empty once normalised', () => {
    for (const [type, path] of [
      ['member.addInRoom', ['name']],
      ['agenda.propose', ['title']],
      ['agenda.edit', ['title']],
      ['draft.saveVersion', ['name']],
      ['action.create', ['title']],
      ['action.create', ['owner']],
    ] as [CommandType, Path][]) {
      expect(parseCommand(withValue(samples[type], path, '\u200B\u200B')).ok, `${type} ${path.join('.')}`).toBe(false);
    }
  });

  it('stores what was normalised: the title everyone sees', () => {
    const room = new RoomHarness();
    const ana = room.join('Ana');
    const parsed = parseCommand({ type: 'agenda.propose', title: '\u202Bcafe\u0301\u202C  plan\n' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const itemId = room.must(ana, parsed.value);
    expect(room.state.items[itemId]?.title).toBe('caf\u00E9 plan');
  });
});

describe('names on joining', () => {
  const room = new RoomHarness();
  it('are normalised like every other name', () => {
    const joined = decideJoin(room.state, { role: 'participant', name: '  Jose\u0301\u202E\t', presence: undefined });
    expect(joined).toMatchObject({ ok: true, events: [{ type: 'member.joined', name: 'Jos\u00E9' }] });
  });

  it('are refused invalid when nothing visible is left', () => {
    for (const name of ['\u200B', '\u202E', '\u0000', '\u200B\u200C\u200D', '   ', '\u3164']) {
      const joined = decideJoin(room.state, { role: 'participant', name, presence: undefined });
      expect(joined, JSON.stringify(name)).toMatchObject({
        ok: false,
        error: { code: 'invalid', reason: 'room.nameNeeded' },
      });
    }
  });
});
