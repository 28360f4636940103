/**
 * A caret colour for a person, the same on every screen: picked from their name. Each is dark
 * enough for white label text (contrast at least 4.5:1) and in the six-digit form carets accept.
 */
const COLORS = ['#1f4e5f', '#b3541e', '#1d7a46', '#6a3d9a', '#0b5cad', '#a3221b', '#7a5200', '#ad1457'] as const;

export function userColor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return COLORS[hash % COLORS.length]!;
}
