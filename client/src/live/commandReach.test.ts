/**
 * No command is reachable only through the API by accident (issue 26): every command type of the
 * protocol is sent by some code of the web app, or is listed in docs/protocol.md ("Who sends what,
 * from which screen") as **API only** with a reason. The list is kept true both ways: a command
 * listed as API only that a screen now sends must lose that mark.
 */
import { COMMAND_TYPES } from '@dr/shared';
import { CouncilCommand } from '@dr/shared/council';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const clientSrc = path.resolve(here, '..');
const protocol = readFileSync(path.resolve(here, '../../../docs/protocol.md'), 'utf8');

/** The web app's own source (not its tests), as one text. */
function clientSource(dir = clientSrc): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return clientSource(file);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? readFileSync(file, 'utf8') : '';
    })
    .join('\n');
}

/** The section's rows: each command named in a row's first cell, and whether the row says API only. */
function documented(): Map<string, { apiOnly: boolean }> {
  const start = protocol.indexOf('## Who sends what, from which screen');
  expect(start, 'docs/protocol.md has the section "Who sends what, from which screen"').toBeGreaterThan(-1);
  const rest = protocol.slice(start + 3);
  const section = rest.slice(0, rest.search(/\n## /) === -1 ? undefined : rest.search(/\n## /));
  const rows = new Map<string, { apiOnly: boolean }>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1);
    if (cells.length < 3) continue;
    const apiOnly = cells[1]!.includes('**API only**');
    for (const [, name] of cells[0]!.matchAll(/`([a-z]+\.[a-zA-Z]+)`/g)) rows.set(name!, { apiOnly });
  }
  return rows;
}

const TYPES = [...COMMAND_TYPES, ...CouncilCommand.options.map((o) => o.shape.type.value)];

describe('every command is within reach of a screen', () => {
  const rows = documented();
  const source = clientSource();
  const sent = (type: string) => source.includes(`'${type}'`);

  it('has a row in docs/protocol.md for every command type', () => {
    expect(TYPES.filter((type) => !rows.has(type))).toEqual([]);
  });

  it('is sent by the web app, unless listed as API only with a reason', () => {
    expect(TYPES.filter((type) => !rows.get(type)?.apiOnly && !sent(type))).toEqual([]);
  });

  it('is no longer listed as API only once a screen sends it', () => {
    expect(TYPES.filter((type) => rows.get(type)?.apiOnly && sent(type))).toEqual([]);
  });
});
