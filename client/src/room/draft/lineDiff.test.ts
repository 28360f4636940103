import { describe, expect, it } from 'vitest';
import { lineDiff } from './lineDiff';

const changed = (lines: { changed: boolean }[]) => lines.map((l) => l.changed);

describe('lineDiff', () => {
  it('marks removed lines on the left and added lines on the right, keeping the common ones', () => {
    const { before, after } = lineDiff(
      'Title\nRepair the path\nBy May',
      'Title\nRepair the path and the lamps\nBy May\nFunded by the fee',
    );
    expect(changed(before)).toEqual([false, true, false]);
    expect(changed(after)).toEqual([false, true, false, true]);
    expect(after[3]!.text).toBe('Funded by the fee');
  });

  it('treats an empty text as no lines', () => {
    expect(lineDiff('', 'One')).toEqual({ before: [], after: [{ text: 'One', changed: true }] });
    expect(lineDiff('Same', 'Same')).toEqual({
      before: [{ text: 'Same', changed: false }],
      after: [{ text: 'Same', changed: false }],
    });
  });
});
