/**
 * The roster from the village office's spreadsheet (花名册, issue 28 part 3), for the council's host:
 * `POST …/roster/import` takes a CSV or .xlsx file as the raw body (capped, rate-limited per council
 * and address) and answers every row with its problems; with `?dryRun=1` nothing is stored, else the
 * new members and changes are one batch of council events through the council's write path. A
 * retried or repeated import finds its rows unchanged and stores nothing. `GET …/roster.xlsx` gives
 * the roster back; `GET …/roster/slips.pdf` prints each imported member's personal link as a QR slip.
 */
import { own } from '@dr/shared';
import {
  decideRosterImport,
  planRosterImport,
  readRosterSheet,
  ROSTER_MAX_ROWS,
  RosterImportAnswer,
  RosterImportQuery,
  RosterLinks,
  type RosterPlanRow,
} from '@dr/shared/council';
import express, { type Router } from 'express';
import type { Rate } from '../../access/keyedBuckets.js';
import { meetingTokenFor } from '../../council/councilAccess.js';
import { membersWithLinks, personalLink, personalSecretHash } from '../../council/personalLinks.js';
import { readRosterFile } from '../../council/rosterFile.js';
import { rosterWorkbook } from '../../council/rosterXlsx.js';
import { seatInCalledMeetings } from '../../council/seatRoster.js';
import type { JoinCodeKey } from '../../credentials/joinCodeKey.js';
import { rosterSlips } from '../../paper/rosterSlips.js';
import type { RoomRegistry } from '../../room/roomRegistry.js';
import { councilAt, requireCouncil, type CouncilDoor } from '../councilDoors.js';
import { sendError, sendRefusal } from '../errors.js';
import { idRequestLimit } from '../idRequestLimit.js';
import { sendJson } from '../respond.js';
import { baseUrl } from '../roomUrls.js';

/** The largest roster file (a 2,000-row .xlsx is under 100 KB; a CSV of it under 150 KB). */
export const ROSTER_MAX_BYTES = 1024 * 1024;

export interface RosterDeps {
  door: CouncilDoor;
  registry: RoomRegistry;
  /** The server secret's key: personal secrets are derived under it (council/personalLinks.ts). */
  joinCodes: JoinCodeKey;
  publicUrl: string | undefined;
  imports: Rate;
  clock: () => number;
}

function counts(rows: readonly RosterPlanRow[]) {
  const tally = { join: 0, update: 0, same: 0, skip: 0 };
  for (const row of rows) tally[row.outcome] += 1;
  return tally;
}

export function councilRosterRouter({ door, registry, joinCodes, publicUrl, imports, clock }: RosterDeps): Router {
  const router = express.Router();
  const { book } = door;
  const host = requireCouncil(door, 'host');

  router.post(
    '/api/councils/:councilId/roster/import',
    idRequestLimit('councilId', imports, clock),
    host,
    // Any type: the bytes say whether it is .xlsx or CSV (browsers send CSV as text/csv, Excel's or nothing).
    express.raw({ type: () => true, limit: ROSTER_MAX_BYTES }),
    async (req, res) => {
      const { council } = councilAt(res);
      const query = RosterImportQuery.safeParse(req.query);
      if (!query.success) return sendError(res, 400, 'invalid', 'request.unknownField', { field: 'dryRun' });
      const dryRun = query.data.dryRun === '1' || query.data.dryRun === 'true';
      if (!Buffer.isBuffer(req.body)) return sendError(res, 400, 'invalid', 'roster.notSpreadsheet');
      const file = await readRosterFile(req.body);
      if (!file.ok) return sendError(res, 400, 'invalid', file.reason, 'params' in file ? file.params : undefined);
      const read = readRosterSheet(file.table, ROSTER_MAX_ROWS);
      if (!read.ok) return sendError(res, 400, 'invalid', read.reason, 'params' in read ? read.params : undefined);
      const { sheet } = read;
      let plan = planRosterImport(council, sheet);
      const changes = plan.some((row) => row.outcome === 'join' || row.outcome === 'update');
      if (dryRun || !changes) return sendJson(res, RosterImportAnswer, { dryRun, rows: plan, counts: counts(plan) });
      // Judged again against the council as it is when the batch is decided (another write may have come first).
      const ack = await book.run(council.councilId, null, (state) => {
        plan = planRosterImport(state, sheet);
        const ruling = decideRosterImport(state, plan, personalSecretHash(joinCodes, state.councilId));
        // Each new row answers with the id its member got, in the order of the events.
        const ids = ruling.ok
          ? ruling.events.flatMap((e) => (e.type === 'council.memberJoined' ? [e.memberId] : []))
          : [];
        plan = plan.map((row) => (row.outcome === 'join' ? { ...row, memberId: ids.shift() ?? null } : row));
        return ruling;
      });
      if (!ack.ok && ack.error.reason !== 'council.unchanged') return sendRefusal(res, ack.error);
      if (ack.ok && ack.state) {
        const { state } = ack;
        const newcomers = plan.flatMap((row) =>
          row.outcome === 'join' && row.memberId
            ? [own(state.members, row.memberId)].filter((m) => m !== undefined)
            : [],
        );
        await seatInCalledMeetings(registry, state, newcomers);
      }
      sendJson(res, RosterImportAnswer, {
        dryRun: false,
        rows: plan,
        counts: counts(plan),
        ...(ack.ok ? { seq: ack.seq } : {}),
      });
    },
  );

  router.get('/api/councils/:councilId/roster.xlsx', host, async (_req, res) => {
    const { council } = councilAt(res);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="roster-${council.councilId}.xlsx"`);
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await rosterWorkbook(council));
  });

  /** The personal links of the members that have one, in the order they joined; null without the member token. */
  const linksOf = (req: express.Request, res: express.Response) => {
    const { council, token } = councilAt(res);
    const memberToken = meetingTokenFor(council, 'host', token!);
    if (!memberToken) return null;
    const base = baseUrl(req, publicUrl);
    return membersWithLinks(joinCodes, council)
      .sort((a, b) => a.member.joinedAt - b.member.joinedAt)
      .map(({ member, secret }) => ({
        member,
        link: personalLink(base, council.councilId, memberToken, member.id, secret),
      }));
  };

  router.get('/api/councils/:councilId/roster/links', host, (req, res) => {
    const slips = linksOf(req, res);
    if (!slips) return sendError(res, 403, 'forbidden', 'access.badLink');
    res.setHeader('Cache-Control', 'no-store');
    const links = slips.map(({ member, link }) => ({
      memberId: member.id,
      name: member.name,
      household: member.household ?? null,
      link,
    }));
    sendJson(res, RosterLinks, { links });
  });

  router.get('/api/councils/:councilId/roster/slips.pdf', host, async (req, res) => {
    const slips = linksOf(req, res);
    if (!slips) return sendError(res, 403, 'forbidden', 'access.badLink');
    const { council } = councilAt(res);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `inline; filename="roster-slips-${council.councilId}.pdf"`);
    res.type('application/pdf').send(await rosterSlips(council, slips));
  });

  return router;
}
