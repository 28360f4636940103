/**
 * The roster from the village office's spreadsheet (issue 28 part 3), through the real server with
 * real files the test makes: a CSV with a BOM and Chinese headers, an .xlsx written by exceljs, a
 * GBK CSV, and broken ones; the preview stores nothing, a second import changes nothing, the export
 * imports back unchanged, and each imported member's personal link opens the council as them.
 */
import { CouncilBoard, CreatedCouncil, RosterImportAnswer, RosterLinks } from '@dr/shared/council';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { serverSuite } from '../support/serverSuite.js';

const suite = serverSuite();

async function newCouncil(locale: 'zh-CN' | 'en', name = locale === 'en' ? 'East Lane council' : '东巷议事会') {
  const res = await fetch(`${suite.url}/api/councils`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, locale, timeZone: 'Asia/Shanghai' }),
  });
  expect(res.status).toBe(201);
  return CreatedCouncil.parse(await res.json());
}

async function send(council: CreatedCouncil, body: Uint8Array | string, query = '', token = council.tokens.host) {
  const res = await fetch(`${suite.url}/api/councils/${council.councilId}/roster/import${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    // A copy on its own ArrayBuffer: what fetch's body type takes.
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, json: (await res.json()) as { error?: { reason: string; params?: unknown } } };
}

async function imported(council: CreatedCouncil, body: Uint8Array | string, dryRun = false) {
  const res = await send(council, body, dryRun ? '?dryRun=1' : '');
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return RosterImportAnswer.parse(res.json);
}

async function board(council: CreatedCouncil) {
  const res = await fetch(`${suite.url}/api/councils/${council.councilId}/board`, {
    headers: { authorization: `Bearer ${council.tokens.host}` },
  });
  return CouncilBoard.parse(await res.json());
}

const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

const VILLAGE_CSV = [
  '姓名,村民小组,户号,户代表,电话',
  '王秀英,第一组,001,是,138 0013 8000',
  '李建国,第一组,001,否,',
  ',第一组,002,否,', // no name
  '王秀英,第一组,001,否,', // the same person again
  '赵大爷,第二组,002,是,12345', // a phone number too short
  '钱阿婆,第二组,,是,', // a representative without a household
  '孙大哥,第二组,001,是,', // a second representative for 001
  '周小妹,第三组,003,,13900139000',
].join('\r\n');

describe('importing a CSV with a BOM and Chinese headers', () => {
  it('previews every row with its problem and stores nothing', async () => {
    const council = await newCouncil('zh-CN');
    const preview = await imported(council, bom(VILLAGE_CSV), true);
    expect(preview.dryRun).toBe(true);
    const problems = Object.fromEntries(preview.rows.map((r) => [r.line, r.problems.map((p) => p.key)]));
    expect(problems).toEqual({
      2: ['newGroup'],
      3: ['newGroup'],
      4: ['nameMissing', 'newGroup'],
      5: ['duplicate', 'newGroup'],
      6: ['phoneInvalid', 'newGroup'],
      7: ['representativeWithoutHousehold', 'newGroup'],
      8: ['newGroup', 'secondRepresentative'],
      9: ['newGroup'],
    });
    expect(preview.rows.find((r) => r.line === 5)!.problems[0]!.params).toEqual({ line: 2 });
    expect(preview.rows.find((r) => r.line === 2)!.phone).toBe('13800138000');
    expect(preview.counts).toEqual({ join: 3, update: 0, same: 0, skip: 5 });
    expect(preview.seq).toBeUndefined();
    expect((await board(council)).roster).toEqual([]);
  });

  it('imports the good rows in one batch, and a second import of the same file changes nothing', async () => {
    const council = await newCouncil('zh-CN');
    const first = await imported(council, bom(VILLAGE_CSV));
    expect(first.counts).toEqual({ join: 3, update: 0, same: 0, skip: 5 });
    expect(first.seq).toBe(4); // created, then three members in one batch
    const roster = (await board(council)).roster;
    expect(roster.map((m) => [m.name, m.group])).toEqual([
      ['王秀英', '第一组'],
      ['李建国', '第一组'],
      ['周小妹', '第三组'],
    ]);
    expect(first.rows.filter((r) => r.outcome === 'join').map((r) => r.memberId)).toEqual(roster.map((m) => m.id));
    const again = await imported(council, bom(VILLAGE_CSV));
    expect(again.counts).toEqual({ join: 0, update: 0, same: 3, skip: 5 });
    expect(again.seq).toBeUndefined();
    // A group now on the roster is no longer new.
    expect(again.rows.find((r) => r.line === 2)!.problems).toEqual([]);
    expect((await board(council)).roster).toEqual(roster);
  });
});

describe('importing an .xlsx file written by exceljs', () => {
  it('reads English headers and numeric cells, and matches members who joined by name', async () => {
    const council = await newCouncil('en');
    const joined = await fetch(`${suite.url}/api/councils/${council.councilId}/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${council.tokens.member}` },
      body: JSON.stringify({ name: 'Ana Li' }),
    });
    expect(joined.status).toBe(201);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Villagers');
    sheet.addRow(['Name', 'Group', 'Household', 'Representative', 'Phone', 'Notes']);
    sheet.addRow(['Ana Li', 'Group 1', 12, 'yes', 13800138000, 'joined already']);
    sheet.addRow(['Bo Wang', 'Group 1', 12, 'no', null, '']);
    sheet.addRow(['Cy Zhou', 'Group 2', 7, 'maybe', null, '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const answer = await imported(council, bytes);
    expect(answer.rows.map((r) => [r.name, r.household, r.representative, r.outcome])).toEqual([
      ['Ana Li', '12', true, 'update'],
      ['Bo Wang', '12', false, 'join'],
      ['Cy Zhou', '7', false, 'skip'],
    ]);
    expect(answer.rows[2]!.problems.map((p) => p.key)).toContain('representativeUnclear');
    const roster = (await board(council)).roster;
    expect(roster.map((m) => [m.name, m.group])).toEqual([
      ['Ana Li', 'Group 1'],
      ['Bo Wang', 'Group 1'],
    ]);
    expect((await imported(council, bytes)).counts).toEqual({ join: 0, update: 0, same: 2, skip: 1 });
  });
});

describe('a CSV saved by Excel in China (GBK), and tab-separated UTF-16', () => {
  it('reads both', async () => {
    const council = await newCouncil('zh-CN');
    const gbk = iconv.encode('姓名,组,户,户代表\r\n吴阿姨,第四组,4号,是\r\n', 'gbk');
    expect(
      (await imported(council, new Uint8Array(gbk), true)).rows.map((r) => [r.name, r.group, r.household]),
    ).toEqual([['吴阿姨', '第四组', '4号']]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('姓名\t户号\r\n郑伯伯\t5\r\n', 'utf16le')]);
    expect((await imported(council, new Uint8Array(utf16), true)).rows.map((r) => [r.name, r.household])).toEqual([
      ['郑伯伯', '5'],
    ]);
  });
});

describe('broken files', () => {
  it('are refused with a clear reason and change nothing', async () => {
    const council = await newCouncil('zh-CN');
    const notXlsx = new Uint8Array(await new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'uint8array' }));
    const broken = Buffer.from('%PDF-1.4\n\u0000\u0001\u0002 binary');
    const cases: [Uint8Array | string, string, unknown?][] = [
      [new Uint8Array(broken), 'roster.notSpreadsheet'],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'roster.notSpreadsheet'],
      [notXlsx, 'roster.notSpreadsheet'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'roster.notSpreadsheet'],
      ['', 'roster.empty'],
      [bom('姓名,户号\r\n'), 'roster.empty'],
      ['户号,户代表\n1,是\n', 'roster.columnMissing'],
      ['姓名,name\n王,王\n', 'roster.columnTwice'],
      ['姓名,户号\n"王秀英,001\n李建国,002\n', 'roster.unreadable'],
      [new Uint8Array([0xd0, 0xd5, 0xff, 0xff, 0x2c, 0x0a]), 'roster.encoding'],
      [`姓名\n${Array.from({ length: 2001 }, (_, i) => `村民${i}`).join('\n')}\n`, 'roster.tooManyRows', { max: 2000 }],
    ];
    for (const [body, reason, params] of cases) {
      const res = await send(council, body);
      expect(res.status, reason).toBe(400);
      expect(res.json.error).toMatchObject({ reason, ...(params ? { params } : {}) });
    }
    const big = await send(council, `姓名\n${'王'.repeat(1024 * 1024)}\n`);
    expect(big.status).toBe(413);
    expect(big.json.error!.reason).toBe('request.tooLarge');
    expect((await board(council)).roster).toEqual([]);
  });

  it('are for the host only', async () => {
    const council = await newCouncil('zh-CN');
    expect((await send(council, '姓名\n王\n', '', '')).status).toBe(401);
    expect((await send(council, '姓名\n王\n', '', council.tokens.member)).status).toBe(403);
    expect((await send(council, '姓名\n王\n', '', 'not-a-token')).status).toBe(403);
    expect((await send(council, '姓名\n王\n', '?dryRun=maybe')).status).toBe(400);
    expect((await board(council)).roster).toEqual([]);
  });
});

describe('the roster back as .xlsx', () => {
  it('has the import’s columns and imports back unchanged', async () => {
    const council = await newCouncil('zh-CN');
    await imported(council, bom(VILLAGE_CSV));
    const path = `/api/councils/${council.councilId}/roster.xlsx`;
    expect((await fetch(`${suite.url}${path}`)).status).toBe(401);
    const res = await fetch(`${suite.url}${path}`, { headers: { authorization: `Bearer ${council.tokens.host}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows).toEqual([
      ['姓名', '所属群体', '户号', '户代表', '电话'],
      ['王秀英', '第一组', '001', '是', ''],
      ['李建国', '第一组', '001', '', ''],
      ['周小妹', '第三组', '003', '', ''],
    ]);
    expect((await imported(council, bytes)).counts).toEqual({ join: 0, update: 0, same: 3, skip: 0 });
  });
});

describe('personal links and their QR slips', () => {
  it('open the council as the member, and print on an A4 sheet', async () => {
    const council = await newCouncil('zh-CN', '西村议事会');
    await fetch(`${suite.url}/api/councils/${council.councilId}/members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${council.tokens.member}` },
      body: JSON.stringify({ name: '自己加入的人' }),
    });
    await imported(council, bom(VILLAGE_CSV));
    const host = { authorization: `Bearer ${council.tokens.host}` };
    const base = `${suite.url}/api/councils/${council.councilId}/roster`;
    expect(
      (await fetch(`${base}/links`, { headers: { authorization: `Bearer ${council.tokens.member}` } })).status,
    ).toBe(403);
    const { links } = RosterLinks.parse(await (await fetch(`${base}/links`, { headers: host })).json());
    expect(links.map((l) => l.name)).toEqual(['王秀英', '李建国', '周小妹']);
    const link = new URL(links[0]!.link);
    expect(link.pathname).toBe(`/c/${council.councilId}`);
    const hash = new URLSearchParams(link.hash.slice(1));
    expect(hash.get('t')).toBe(council.tokens.member);
    // The member proves who they are with the link's id and secret: a topic proposed as them.
    const proposed = await fetch(`${suite.url}/api/councils/${council.councilId}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hash.get('t')}` },
      body: JSON.stringify({
        memberId: hash.get('m'),
        memberSecret: hash.get('s'),
        command: { type: 'topic.propose', title: '修路灯' },
      }),
    });
    expect(proposed.status).toBe(200);
    const topic = (await board(council)).topics.find((t) => t.title === '修路灯');
    expect(topic?.proposedBy).toBe('王秀英'); // the board names who proposed it

    const pdf = await fetch(`${base}/slips.pdf`, { headers: host });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), {
      mergePages: true,
    });
    const flat = text.replace(/\s+/g, '');
    for (const word of ['西村议事会', '王秀英', '李建国', '周小妹', '户：001', '所属群体：第三组', '无需填写姓名'])
      expect(flat).toContain(word);
    expect(flat).not.toContain('自己加入的人'); // joined by name: no personal link
  });
});
