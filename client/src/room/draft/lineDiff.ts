/** Which lines differ between two texts, for showing a saved version beside the current draft. */

export interface DiffLine {
  text: string;
  /** Not in the other text: removed from the version, or added in the current draft. */
  changed: boolean;
}

/** Past this many line pairs the comparison is skipped and every line is shown as it is. */
const MAX_CELLS = 1_000_000;

/** Marks the lines outside a longest common subsequence of lines. */
export function lineDiff(before: string, after: string): { before: DiffLine[]; after: DiffLine[] } {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  if (a.length * b.length > MAX_CELLS) {
    return { before: a.map((text) => ({ text, changed: false })), after: b.map((text) => ({ text, changed: false })) };
  }
  // common[i][j]: the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const kept = { a: new Set<number>(), b: new Set<number>() };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.a.add(i++);
      kept.b.add(j++);
    } else if (common[i + 1]![j]! >= common[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return {
    before: a.map((text, k) => ({ text, changed: !kept.a.has(k) })),
    after: b.map((text, k) => ({ text, changed: !kept.b.has(k) })),
  };
}
