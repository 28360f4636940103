import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../model/commands.js';
import { AREA_COMMANDS, commandRule, ROOM_COMMANDS } from './roomCommands.js';

describe('the areas’ command lists', () => {
  it('list every command type exactly once', () => {
    const listed = AREA_COMMANDS.flatMap((area) => Object.keys(area));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...COMMAND_TYPES].sort());
    expect(Object.keys(ROOM_COMMANDS).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it('keep the member commands with the member rules and the time zone with the meeting', () => {
    const [, details, members] = AREA_COMMANDS;
    expect(Object.keys(members).every((type) => type.startsWith('member.'))).toBe(true);
    expect(COMMAND_TYPES.filter((type) => type.startsWith('member.')).sort()).toEqual(Object.keys(members).sort());
    expect(Object.keys(details)).toEqual(['room.setDetails']);
  });

  it('say who may send each command', () => {
    expect(commandRule('room.setPhase').access).toBe('host');
    expect(commandRule('queue.raise').access).toBe('memberOrHost');
    expect(commandRule('consensus.vote').access).toBe('member');
  });
});
