/**
 * One matter through 四议两公开 across four councils, through the real server with real clients
 * (issue 29 part 1): the party branch proposes, the two committees consult, the party members' meeting
 * reviews (at least two thirds present, more than half of those present agree) and first sends it
 * back, the committees amend it (the diff is on the path), the review passes, the representatives
 * resolve, and both disclosures are recorded. Each step's meeting takes the matter as a pool topic.
 */
import { CouncilMatters, MatterView } from '@dr/shared/matter';
import JSZip from 'jszip';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverSuite } from '../support/serverSuite.js';
import { verifyArchive } from '../support/verifyArchive.js';
import { httpCall } from '../support/clients.js';
import { body, hold, meet, type Body } from './village.js';

const suite = serverSuite();
const bodies = {} as Record<'party' | 'committees' | 'members' | 'reps', Body>;
let matter: MatterView;

const TEXT = '修建东头村道，预算十万元。';
const AMENDED = '修建东头村道，预算十二万元，含排水沟。';
/** 党员大会: ≥ ⅔ of the three party members present, more than half of those present agree. */
const PARTY_RULES = {
  eligibleCount: 3,
  quorum: { share: 2 / 3 },
  quorumOf: 'present',
  decisionRule: 'majority',
  majorityOf: 'present',
};
const REPS_RULES = { preset: 'representativesMeeting', eligibleCount: 3 };

const http = (method: string, path: string, payload?: unknown, token?: string) =>
  httpCall(suite.url, method, path, payload, token);
const token = (b: keyof typeof bodies, role: 'host' | 'member' | 'observer' = 'host') => bodies[b].council.tokens[role];

async function read(as = token('reps', 'observer')): Promise<MatterView> {
  const res = await http('GET', `/api/matters/${matter.matterId}`, undefined, as);
  expect(res.status, res.text).toBe(200);
  return MatterView.parse(res.json);
}

/** The open step's topic, which its council's host puts on a meeting. */
const openTopic = (view: MatterView) => view.path.at(-1)!.topicId!;

async function record(b: keyof typeof bodies, payload: unknown = {}): Promise<MatterView> {
  const res = await http('POST', `/api/matters/${matter.matterId}/outcome`, payload, token(b));
  expect(res.status, res.text).toBe(200);
  return MatterView.parse(res.json);
}

function creation(over: Record<string, unknown> = {}) {
  const councils = {
    proposal: bodies.party.council.councilId,
    consultation: bodies.committees.council.councilId,
    review: bodies.members.council.councilId,
    resolution: bodies.reps.council.councilId,
    disclosure: bodies.committees.council.councilId,
  };
  return {
    title: '修建东头村道',
    category: 'publicWelfare',
    proposedBy: '村党支部',
    description: TEXT,
    procedure: { preset: 'fourDeliberations', councils },
    ...over,
  };
}

describe('a matter through 四议两公开', () => {
  it('is created at the party branch by its host, and refused with a reason otherwise', async () => {
    bodies.party = await body(suite.url, '东头村党支部', ['李书记', '王委员', '赵委员']);
    bodies.committees = await body(suite.url, '东头村两委会议', ['李书记', '张主任', '陈会计']);
    bodies.members = await body(suite.url, '东头村党员大会', ['李书记', '党员甲', '党员乙']);
    bodies.reps = await body(suite.url, '东头村村民代表会议', ['张主任', '代表甲', '代表乙']);
    const path = `/api/councils/${bodies.party.council.councilId}/matters`;

    expect((await http('POST', path, creation())).status).toBe(401);
    expect((await http('POST', path, creation(), 'wrong-token')).status).toBe(403);
    expect((await http('POST', path, creation(), token('party', 'member'))).json).toMatchObject({
      error: { reason: 'role.hostOnly' },
    });
    expect((await http('POST', path, creation(), token('committees'))).status).toBe(403); // another council's host
    expect((await http('POST', `/api/councils/nope/matters`, creation(), token('party'))).status).toBe(404);
    expect((await http('POST', path, creation({ extra: 1 }), token('party'))).json).toMatchObject({
      error: { reason: 'request.unknownField', params: { field: 'extra' } },
    });
    expect((await http('POST', path, creation({ title: '' }), token('party'))).json).toMatchObject({
      error: { reason: 'matter.invalid' },
    });
    const unknown = creation();
    unknown.procedure.councils.review = 'no-such-council';
    expect((await http('POST', path, unknown, token('party'))).json).toMatchObject({
      error: { reason: 'matter.councilUnknown', params: { council: 'no-such-council' } },
    });
    const backwards = {
      steps: [
        { kind: 'proposal', councilId: bodies.party.council.councilId },
        { kind: 'resolution', councilId: bodies.reps.council.councilId, onFail: 1 },
      ],
    };
    expect((await http('POST', path, creation({ procedure: backwards }), token('party'))).json).toMatchObject({
      error: { reason: 'matter.procedureInvalid', params: { n: 2 } },
    });

    const made = await http('POST', path, creation({ requestId: 'matter-road-0001' }), token('party'));
    expect(made.status, made.text).toBe(201);
    matter = MatterView.parse(made.json);
    // A retried request names the same matter and creates nothing more.
    const again = await http('POST', path, creation({ requestId: 'matter-road-0001' }), token('party'));
    expect(again.status).toBe(200);
    expect(MatterView.parse(again.json).matterId).toBe(matter.matterId);
    expect(matter).toMatchObject({ status: 'open', category: 'publicWelfare', proposedBy: '村党支部' });
    expect(matter.steps.map((s) => [s.kind, s.councilName])).toEqual([
      ['proposal', '东头村党支部'],
      ['consultation', '东头村两委会议'],
      ['review', '东头村党员大会'],
      ['resolution', '东头村村民代表会议'],
      ['resolutionDisclosure', '东头村两委会议'],
      ['resultDisclosure', '东头村两委会议'],
    ]);
    const pool = await http('GET', `/api/councils/${bodies.party.council.councilId}/board`, undefined, token('party'));
    expect(JSON.stringify(pool.json)).toContain('修建东头村道');
  });

  it('is read with any involved council’s link, an observer’s too, and by nobody else', async () => {
    expect((await read(token('members', 'observer'))).matterId).toBe(matter.matterId);
    expect((await http('GET', `/api/matters/${matter.matterId}`)).status).toBe(401);
    expect((await http('GET', `/api/matters/${matter.matterId}`, undefined, 'wrong-token')).status).toBe(403);
    const stranger = await body(suite.url, '别的村', ['甲', '乙', '丙']);
    expect((await http('GET', `/api/matters/${matter.matterId}`, undefined, stranger.council.tokens.host)).status).toBe(
      403,
    );
    expect((await http('GET', '/api/matters/no-such-matter', undefined, token('party'))).json).toMatchObject({
      error: { reason: 'matter.unknown' },
    });
    const listed = await http(
      'GET',
      `/api/councils/${bodies.reps.council.councilId}/matters`,
      undefined,
      token('reps', 'observer'),
    );
    expect(CouncilMatters.parse(listed.json).matters).toMatchObject([
      { matterId: matter.matterId, openStep: 'proposal', holdsOpenStep: false },
    ]);
  });

  it('opens each step when the one before passes, from the meeting’s round', async () => {
    const outcome = `/api/matters/${matter.matterId}/outcome`;
    expect((await http('POST', outcome, {}, token('party'))).json).toMatchObject({
      error: { reason: 'matter.notDecided' },
    });
    expect((await http('POST', outcome, {}, token('committees'))).json).toMatchObject({
      error: { reason: 'matter.notHolder' },
    });
    expect((await http('POST', outcome, {}, token('party', 'member'))).json).toMatchObject({
      error: { reason: 'role.hostOnly' },
    });
    expect((await http('POST', outcome, { amended: 'yes' }, token('party'))).json).toMatchObject({
      error: { reason: 'matter.outcomeInvalid' },
    });
    await hold(suite.url, bodies.party, openTopic(matter), TEXT, [5, 4, 4]);
    let view = await record('party');
    expect(view.path[0]!.result).toMatchObject({
      type: 'decided',
      passed: true,
      outcome: 'adopted',
      text: TEXT,
      amends: null,
    });
    expect(view.path[0]!.result).toMatchObject({ counts: [0, 0, 0, 0, 2, 1] });
    expect(view.path.at(-1)).toMatchObject({ index: 1, result: null });

    await hold(suite.url, bodies.committees, openTopic(view), TEXT, [5, 4, 3]);
    view = await record('committees');
    // The review is held under the 党员大会's rules, or it does not count.
    const review = await meet(suite.url, bodies.members, openTopic(view), TEXT);
    await review.round([5, 5, 5]);
    expect((await http('POST', outcome, {}, token('members'))).json).toMatchObject({
      error: { reason: 'matter.rulesNotMet' },
    });
    await review.round([4, 2, 2], PARTY_RULES);
    await review.close();
    view = await record('members');
    expect(view.path.at(-2)).toMatchObject({
      index: 2,
      next: 1,
      result: { passed: false, outcome: 'not_adopted', present: 3 },
    });
    expect(view.path.at(-1)).toMatchObject({ index: 1, result: null });
    matter = view;
  });

  it('takes an amended text only as an amendment, with the earlier text beside it', async () => {
    await hold(suite.url, bodies.committees, openTopic(matter), AMENDED, [5, 4, 4]);
    expect((await http('POST', `/api/matters/${matter.matterId}/outcome`, {}, token('committees'))).json).toMatchObject(
      {
        error: { reason: 'matter.textChanged' },
      },
    );
    let view = await record('committees', { amended: true, requestId: 'amend-road-0001' });
    // A retried request is answered, not recorded twice.
    const retried = await record('committees', { amended: true, requestId: 'amend-road-0001' });
    expect(retried.path).toHaveLength(view.path.length);
    expect(view.path.at(-2)!.result).toMatchObject({ text: AMENDED, amends: { text: TEXT } });
    await hold(suite.url, bodies.members, openTopic(view), AMENDED, [5, 4, 2], PARTY_RULES);
    view = await record('members');
    await hold(suite.url, bodies.reps, openTopic(view), AMENDED, [5, 5, 4], REPS_RULES);
    view = await record('reps');
    expect(view.path.map((r) => r.index)).toEqual([0, 1, 2, 1, 2, 3, 4]);
    expect(view.path.at(-1)).toMatchObject({ topicId: null, result: null });
    matter = view;
  });

  it('records both disclosures with their dates and links, and then is done', async () => {
    const disclose = (payload: unknown, as = token('committees')) =>
      http('POST', `/api/matters/${matter.matterId}/disclosure`, payload, as);
    expect((await http('POST', `/api/matters/${matter.matterId}/outcome`, {}, token('committees'))).json).toMatchObject(
      {
        error: { reason: 'matter.isDisclosure' },
      },
    );
    expect((await disclose({ publishedAt: 1, link: 'javascript:alert(1)' })).json).toMatchObject({
      error: { reason: 'matter.disclosureInvalid' },
    });
    expect((await disclose({ publishedAt: 1, link: 'https://x.org' }, token('reps'))).status).toBe(403);
    const day = Date.UTC(2026, 11, 20);
    expect((await disclose({ publishedAt: day, link: 'https://village.example/notice/road' })).status).toBe(200);
    const done = await disclose({
      publishedAt: day + 30 * 86_400_000,
      link: 'https://village.example/notice/road-done',
    });
    expect(done.status, done.text).toBe(200);
    const view = await read(token('party', 'member'));
    expect(view.status).toBe('done');
    expect(view.path.slice(-2).map((r) => r.result)).toEqual([
      { type: 'disclosed', publishedAt: day, link: 'https://village.example/notice/road' },
      { type: 'disclosed', publishedAt: day + 30 * 86_400_000, link: 'https://village.example/notice/road-done' },
    ]);
    expect((await disclose({ publishedAt: day, link: 'https://x.org' })).json).toMatchObject({
      error: { reason: 'matter.closed' },
    });
    const listed = await http(
      'GET',
      `/api/councils/${bodies.committees.council.councilId}/matters`,
      undefined,
      token('committees'),
    );
    expect(CouncilMatters.parse(listed.json).matters).toMatchObject([{ status: 'done', openStep: null }]);
  });
});

describe('the council’s archive', () => {
  it('prints the matter’s path, and the matter’s stream verifies', { timeout: 120_000 }, async () => {
    const res = await fetch(`${suite.url}/api/councils/${bodies.committees.council.councilId}/archive`, {
      headers: { authorization: `Bearer ${token('committees')}` },
    });
    expect(res.status).toBe(200);
    const zip = Buffer.from(await res.arrayBuffer());
    const files = await JSZip.loadAsync(zip);
    const prefix = `matters/01-${matter.matterId}/`;
    const printed = await files.file(`${prefix}matter.md`)!.async('string');
    for (const words of [
      '# 议事事项：修建东头村道',
      '四议两公开',
      '## 3. 审议',
      '退回至：**商议',
      AMENDED,
      TEXT,
      '实施结果公开',
    ])
      expect(printed).toContain(words);
    expect(printed).toContain('https://village.example/notice/road-done');
    const manifest = JSON.parse(await files.file(`${prefix}manifest.json`)!.async('string')) as { kind: string };
    expect(manifest.kind).toBe('matter');
    const dir = mkdtempSync(path.join(tmpdir(), 'dr-matter-archive-'));
    try {
      // Never blocking the server, which runs in this process (see verifyArchive.ts).
      const run = await verifyArchive(zip, path.join(dir, 'archive.zip'), ['--lang', 'en']);
      expect(run.status, run.out).toBe(0);
      expect(run.stdout).toContain(`${prefix} 修建东头村道 (matter)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
