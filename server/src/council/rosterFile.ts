/**
 * A roster file's bytes as a table of cell texts (the shared reader, rosterSheet.ts, finds the
 * columns). An .xlsx file is read with exceljs (its first worksheet), after its zip's unpacked size
 * is checked (a small file must not unpack into gigabytes); a CSV with csv-parse, in UTF-8 (with or
 * without a BOM), UTF-16 with a BOM (Excel's "Unicode text") or GBK/GB18030 (Excel in China saves
 * CSV so), decoded by iconv-lite. The kind is told by the bytes, not the request's Content-Type.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

/** What a file unpacks to at most (an .xlsx of 2,000 rows is well under 2 MB unpacked). */
const MAX_UNPACKED = 20 * 1024 * 1024;

export type RosterFileError =
  | { reason: 'roster.notSpreadsheet' }
  | { reason: 'roster.encoding' }
  | { reason: 'roster.unreadable'; params: { line: number } }
  | { reason: 'roster.empty' };

export type RosterTable = { ok: true; table: string[][] } | ({ ok: false } & RosterFileError);

const startsWith = (bytes: Buffer, ...head: number[]) => head.every((b, i) => bytes[i] === b);

/** Reads `bytes` (the request's body) as a table. */
export async function readRosterFile(bytes: Buffer): Promise<RosterTable> {
  if (bytes.length === 0) return { ok: false, reason: 'roster.empty' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return readXlsx(bytes);
  const text = decodeCsv(bytes);
  if (text === null) return { ok: false, reason: 'roster.encoding' };
  // Binary (a PDF, an image, an old .xls): control characters a CSV never has.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a]/u.test(text.slice(0, 4096))) return { ok: false, reason: 'roster.notSpreadsheet' };
  return readCsv(text);
}

/** The text of a CSV file, or null when it is in no encoding we read cleanly. */
function decodeCsv(bytes: Buffer): string | null {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return bytes.subarray(3).toString('utf8');
  if (startsWith(bytes, 0xff, 0xfe)) return iconv.decode(bytes.subarray(2), 'utf16le');
  if (startsWith(bytes, 0xfe, 0xff)) return iconv.decode(bytes.subarray(2), 'utf16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: GB18030 (a superset of GBK), if every byte decodes.
    const text = iconv.decode(bytes, 'gb18030');
    return text.includes('\ufffd') ? null : text;
  }
}

function readCsv(text: string): RosterTable {
  const delimiter = text.includes('\t') && !text.split('\n', 1)[0]!.includes(',') ? '\t' : ',';
  try {
    const table = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
    return { ok: true, table };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { ok: false, reason: 'roster.unreadable', params: { line } };
  }
}

async function readXlsx(bytes: Buffer): Promise<RosterTable> {
  let unpacked = 0;
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file('xl/workbook.xml')) return { ok: false, reason: 'roster.notSpreadsheet' };
    // JSZip keeps each entry's size from the zip's directory, read before anything is inflated.
    zip.forEach((_path, entry) => {
      unpacked += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    });
  } catch {
    return { ok: false, reason: 'roster.notSpreadsheet' };
  }
  if (unpacked > MAX_UNPACKED) return { ok: false, reason: 'roster.notSpreadsheet' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: 'roster.notSpreadsheet' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, reason: 'roster.empty' };
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) cells.push(row.getCell(col).text ?? '');
    table[rowNumber - 1] = cells;
  });
  return { ok: true, table: Array.from(table, (cells) => cells ?? []) };
}
