/**
 * The roster's HTTP contract (花名册, issue 28 part 3; docs/protocol.md, "Councils"):
 *
 * | route | request | answer |
 * | --- | --- | --- |
 * | `POST /api/councils/:councilId/roster/import[?dryRun=1]` (host) | a CSV or .xlsx file as the body | `RosterImportAnswer` |
 * | `GET /api/councils/:councilId/roster.xlsx` (host) | — | the roster as .xlsx |
 * | `GET /api/councils/:councilId/roster/links` (host) | — | `RosterLinks` |
 * | `GET /api/councils/:councilId/roster/slips.pdf` (host) | — | an A4 PDF of personal QR slips |
 */
import { z } from 'zod';
import { ROSTER_PROBLEMS, type RosterProblemKey } from './rosterImport.js';

/** `?dryRun=1` (or `true`): judge the file and answer the preview, store nothing. */
export const RosterImportQuery = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() });

const problemKeys = Object.keys(ROSTER_PROBLEMS) as [RosterProblemKey, ...RosterProblemKey[]];

export const RosterProblemView = z.object({
  key: z.enum(problemKeys),
  params: z
    .object({
      line: z.number().int().optional(),
      household: z.string().optional(),
      group: z.string().optional(),
      column: z.string().optional(),
    })
    .optional(),
});

export const RosterPlanRowView = z.object({
  line: z.number().int(),
  name: z.string(),
  group: z.string().nullable(),
  household: z.string().nullable(),
  representative: z.boolean(),
  phone: z.string().nullable(),
  outcome: z.enum(['join', 'update', 'same', 'skip']),
  memberId: z.string().nullable(),
  problems: z.array(RosterProblemView),
});

/**
 * Every row judged, how many of each outcome, and whether it was stored: `dryRun` true stores
 * nothing; otherwise `seq` is the council's after the import (absent when nothing changed).
 */
export const RosterImportAnswer = z.object({
  dryRun: z.boolean(),
  rows: z.array(RosterPlanRowView),
  counts: z.object({ join: z.number(), update: z.number(), same: z.number(), skip: z.number() }),
  seq: z.number().optional(),
});
export type RosterImportAnswer = z.infer<typeof RosterImportAnswer>;

/**
 * The personal links of the members an import added (`…#t=<member token>&m=<memberId>&s=<secret>`):
 * whoever opens one is that member on the council page and in its meetings, without typing a name.
 * Members who joined by typing their name have none (their secret was never kept).
 */
export const RosterLinks = z.object({
  links: z.array(
    z.object({ memberId: z.string(), name: z.string(), household: z.string().nullable(), link: z.string() }),
  ),
});
export type RosterLinks = z.infer<typeof RosterLinks>;
