import { describe, expect, it } from 'vitest';
import { own } from '../core/own.js';
import { CouncilHarness } from '../testing/councilHarness.js';
import { decideRosterImport, planRosterImport } from './rosterImport.js';
import { readRepresentative, readRosterSheet, rosterHeaders } from './rosterSheet.js';

const sheetOf = (table: string[][]) => {
  const read = readRosterSheet(table, 10);
  if (!read.ok) throw new Error(read.reason);
  return read.sheet;
};

/** Imports `table` into `council` as the server does: plan, decide, fold. */
function importInto(council: CouncilHarness, table: string[][]) {
  const plan = planRosterImport(council.state, sheetOf(table));
  const ruling = decideRosterImport(council.state, plan, (id) => `hash-${id}`);
  if (ruling.ok) council.fold(null, ruling.events);
  return { plan, ruling };
}

describe('reading a roster table', () => {
  it('finds columns by Chinese or English header, in any case and width, and skips blank lines', () => {
    const read = readRosterSheet(
      [[], [' 姓名 ', 'ＧＲＯＵＰ', 'notes', '户号'], ['', '', '', ''], ['王', '一组', 'x', '3']],
      10,
    );
    expect(read).toEqual({
      ok: true,
      sheet: {
        columns: ['name', 'group', 'household'],
        rows: [{ line: 4, cells: { name: '王', group: '一组', household: '3' } }],
      },
    });
    expect(readRosterSheet([['户号'], ['3']], 10)).toMatchObject({ ok: false, reason: 'roster.columnMissing' });
    expect(readRosterSheet([['姓名'], ['a'], ['b']], 1)).toMatchObject({ ok: false, reason: 'roster.tooManyRows' });
    expect(readRosterSheet([], 1)).toMatchObject({ ok: false, reason: 'roster.empty' });
  });

  it('reads the export’s own headers and marks back', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      expect(readRosterSheet([rosterHeaders(locale), ['a', '', '', '', '']], 1)).toMatchObject({
        ok: true,
        sheet: { columns: ['name', 'group', 'household', 'representative', 'phone'] },
      });
    }
    expect(['是', 'Yes', '√', '1'].map(readRepresentative)).toEqual([true, true, true, true]);
    expect(['否', 'no', '', '0'].map(readRepresentative)).toEqual([false, false, false, false]);
    expect(readRepresentative('maybe')).toBeNull();
  });
});

describe('judging and importing rows', () => {
  it('gives new members ids by the seq of their event, and a second import changes nothing', () => {
    const council = new CouncilHarness();
    const table = [
      ['姓名', '户号', '户代表'],
      ['王', '1', '是'],
      ['李', '1', ''],
    ];
    const { ruling } = importInto(council, table);
    expect(ruling.ok && ruling.events.map((e) => e.type === 'council.memberJoined' && e.memberId)).toEqual([
      'cm2',
      'cm3',
    ]);
    expect(own(council.state.members, 'cm2')).toMatchObject({
      name: '王',
      household: '1',
      representative: true,
      secretHash: 'hash-cm2',
    });
    const again = importInto(council, table);
    expect(again.plan.map((r) => r.outcome)).toEqual(['same', 'same']);
    expect(again.ruling).toMatchObject({ ok: false, error: { reason: 'council.unchanged' } });
  });

  it('matches a member who joined by name, leaves a column the file lacks alone, and keeps one representative a household', () => {
    const council = new CouncilHarness();
    const ana = council.join('Ana', 'member', { group: 'resident' });
    importInto(council, [
      ['name', 'household', 'representative'],
      ['Bo', '7', 'yes'],
    ]);
    const { plan } = importInto(council, [
      ['Name', 'Household', 'Representative'],
      ['ana', '9', 'no'],
      ['Cy', '7', 'yes'],
    ]);
    expect(plan[0]).toMatchObject({ memberId: ana.memberId, outcome: 'update', group: 'resident', household: '9' });
    expect(plan[1]).toMatchObject({
      outcome: 'skip',
      problems: [{ key: 'secondRepresentative', params: { household: '7' } }],
    });
    expect(own(council.state.members, ana.memberId!)).toMatchObject({ name: 'Ana', group: 'resident', household: '9' });
  });
});
