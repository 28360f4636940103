import { describe, expect, it } from 'vitest';
import { parseCommand } from './parseCommand.js';
import { LIMITS } from '../core/limits.js';

describe('parseCommand', () => {
  it('accepts a flat command and the { type, payload } form', () => {
    expect(parseCommand({ type: 'agenda.propose', title: ' Road ' })).toEqual({
      ok: true,
      value: { type: 'agenda.propose', title: 'Road' },
    });
    expect(parseCommand({ type: 'agenda.propose', payload: { title: 'Road' } })).toMatchObject({ ok: true });
  });

  it('takes the request id off the command, in both forms, and refuses one of the wrong length', () => {
    expect(parseCommand({ type: 'queue.raise', requestId: 'req-0001' })).toEqual({
      ok: true,
      value: { type: 'queue.raise' },
      requestId: 'req-0001',
    });
    expect(parseCommand({ type: 'agenda.propose', requestId: 'r'.repeat(64), payload: { title: 'Road' } })).toEqual({
      ok: true,
      value: { type: 'agenda.propose', title: 'Road' },
      requestId: 'r'.repeat(64),
    });
    for (const requestId of ['short77', 'r'.repeat(65), 12345678, null]) {
      expect(parseCommand({ type: 'queue.raise', requestId })).toMatchObject({
        ok: false,
        error: { code: 'invalid', reason: 'command.requestId' },
      });
    }
  });

  it.each([
    ['a string', 'queue.raise'],
    ['null', null],
    ['an array', [1, 2]],
    ['an unknown type', { type: 'room.explode' }],
    ['a missing field', { type: 'agenda.propose' }],
    ['a wrong field type', { type: 'agenda.propose', title: 42 }],
    ['an unexpected field', { type: 'queue.raise', extra: true }],
    ['an over-long field', { type: 'agenda.propose', title: 'x'.repeat(LIMITS.title + 1) }],
  ])('refuses %s as invalid', (_label, raw) => {
    expect(parseCommand(raw)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('refuses a command over the size limit as too_large', () => {
    const raw = { type: 'agenda.propose', title: 'Road', description: 'x'.repeat(LIMITS.commandBytes) };
    expect(parseCommand(raw)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });
});
