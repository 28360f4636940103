/**
 * `GET /api/rooms/:roomId/scorecard` (host only): the rubric in force, the indicators computed from
 * the record and the scores' summary, for other clients (the web app computes the same in the
 * browser). Listed with the other routes in protocol/http.ts.
 */
import { z } from 'zod';
import { Rubric } from '../model/rubric.js';
import { MeetingIndicators } from './indicators.js';
import { ScorecardSummary } from './scorecard.js';

export const ScorecardReport = z.object({
  rubric: Rubric,
  indicators: MeetingIndicators,
  scores: ScorecardSummary,
});
export type ScorecardReport = z.infer<typeof ScorecardReport>;
