/**
 * A roster spreadsheet (花名册) as the village office keeps it, read from a table of cell texts (the
 * server turns a CSV or an .xlsx file into one): which column is which, from its header in Chinese
 * or English, and each row's cells. Pure; the plan (rosterImport.ts) judges the rows.
 */
import { nameKey } from '../core/normalizeName.js';
import type { Locale } from '../core/vocabulary.js';

/** The columns of a roster file; only `name` is required. */
export const ROSTER_COLUMNS = ['name', 'group', 'household', 'representative', 'phone'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/**
 * The headers each column is known by (compared by `nameKey`: case, width and spaces do not matter).
 * The first of each language is what the export writes (`rosterHeaders`).
 */
const HEADERS: Record<RosterColumn, { zh: readonly string[]; en: readonly string[] }> = {
  name: { zh: ['姓名', '名字', '成员'], en: ['Name', 'Full name'] },
  group: {
    zh: ['所属群体', '村民小组', '小组', '组', '群体', '组别'],
    en: ['Group', 'Villagers’ group', 'Villagers group'],
  },
  household: { zh: ['户号', '户', '户别', '门牌号'], en: ['Household', 'Household number'] },
  representative: { zh: ['户代表', '是否户代表'], en: ['Representative', 'Household representative'] },
  phone: { zh: ['电话', '手机', '手机号', '联系电话'], en: ['Phone', 'Mobile', 'Telephone'] },
};

/** The header row the export writes, in the council's language; it imports back unchanged. */
export function rosterHeaders(locale: Locale): string[] {
  return ROSTER_COLUMNS.map((c) => (locale === 'zh-CN' ? HEADERS[c].zh[0]! : HEADERS[c].en[0]!));
}

/** The word the export writes in the representative column for one (户代表). */
export function representativeMark(locale: Locale): string {
  return locale === 'zh-CN' ? '是' : 'Yes';
}

const BY_KEY = new Map<string, RosterColumn>(
  ROSTER_COLUMNS.flatMap((c) => [...HEADERS[c].zh, ...HEADERS[c].en].map((h) => [nameKey(h), c] as const)),
);

/** One data row of the file: its line (the header is line 1) and its cells by column ('' when empty). */
export interface RosterSheetRow {
  line: number;
  cells: Partial<Record<RosterColumn, string>>;
}

/** A roster table read: the columns it has and its non-empty rows. */
export interface RosterSheet {
  columns: RosterColumn[];
  rows: RosterSheetRow[];
}

/** Why a table is not a roster, before any row is judged (refusal keys of councilRefusals.ts). */
export type RosterSheetError =
  | { reason: 'roster.empty' }
  | { reason: 'roster.columnMissing'; params: { column: string } }
  | { reason: 'roster.columnTwice'; params: { column: string } }
  | { reason: 'roster.tooManyRows'; params: { max: number } };

/**
 * Reads `table` (rows of cell texts, the first non-empty one the header). Unknown columns are left
 * out; a column named twice, no name column, no rows or more than `maxRows` rows is an error.
 */
export function readRosterSheet(
  table: readonly (readonly string[])[],
  maxRows: number,
): { ok: true; sheet: RosterSheet } | ({ ok: false } & RosterSheetError) {
  const lines = table.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }));
  const filled = lines.filter((l) => l.cells.some((c) => c !== ''));
  const header = filled[0];
  if (!header) return { ok: false, reason: 'roster.empty' };
  const at = new Map<RosterColumn, number>();
  for (const [index, text] of header.cells.entries()) {
    const column = BY_KEY.get(nameKey(text));
    if (!column) continue;
    if (at.has(column)) return { ok: false, reason: 'roster.columnTwice', params: { column: text } };
    at.set(column, index);
  }
  if (!at.has('name')) return { ok: false, reason: 'roster.columnMissing', params: { column: '姓名 / Name' } };
  const body = filled.slice(1);
  if (body.length === 0) return { ok: false, reason: 'roster.empty' };
  if (body.length > maxRows) return { ok: false, reason: 'roster.tooManyRows', params: { max: maxRows } };
  const rows = body.map(({ line, cells }) => ({
    line,
    cells: Object.fromEntries([...at].map(([column, index]) => [column, cells[index] ?? ''])),
  }));
  return { ok: true, sheet: { columns: [...at.keys()], rows } };
}

const YES = new Set(['是', '√', '✓', '✔', 'y', 'yes', 'true', '1', 'x', '户代表', '代表']);
const NO = new Set(['', '否', '不是', '×', 'n', 'no', 'false', '0', '-', '—']);

/** A representative cell read: true, false, or null when it says neither (是/否, yes/no, 1/0, √ …). */
export function readRepresentative(cell: string): boolean | null {
  const key = nameKey(cell);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
