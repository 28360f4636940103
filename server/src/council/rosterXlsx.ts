/**
 * The roster back as an .xlsx file (`GET /api/councils/:councilId/roster.xlsx`), written with
 * exceljs: the import's columns under the headers of the council's language, every cell text (so a
 * household "003" stays "003"), one member a row in the order they joined. It imports back unchanged.
 */
import { representativeMark, rosterHeaders, type CouncilState } from '@dr/shared/council';
import ExcelJS from 'exceljs';

const WIDTHS = [16, 16, 12, 10, 16];

export async function rosterWorkbook(council: CouncilState): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(council.createdAt);
  const sheet = workbook.addWorksheet(council.locale === 'zh-CN' ? '花名册' : 'Roster');
  sheet.columns = rosterHeaders(council.locale).map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).font = { bold: true };
  const members = Object.values(council.members).sort((a, b) => a.joinedAt - b.joinedAt);
  for (const m of members) {
    const row = sheet.addRow([
      m.name,
      m.group ?? '',
      m.household ?? '',
      m.representative ? representativeMark(council.locale) : '',
      '',
    ]);
    row.eachCell((cell) => (cell.numFmt = '@'));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
