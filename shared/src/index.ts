/**
 * The public names of `@dr/shared`, from the bottom of the house up. Test builders are not here:
 * they are `@dr/shared/testing`. The draft renderer (it loads Yjs) is `@dr/shared/draftText`.
 */
export * from './core/vocabulary.js';
export * from './core/limits.js';
export * from './core/errors.js';
export * from './core/terms.js';
export * from './core/timeZone.js';
export * from './core/refusals.js';
export * from './core/own.js';
export * from './core/names.js';
export * from './model/rubric.js';
export * from './model/commands.js';
export * from './model/events.js';
export * from './model/state.js';
export * from './room/apply.js';
export * from './room/foldSafely.js';
export * from './room/decide.js';
export { arrival, withArrivals } from './meeting/arrival.js';
export * from './room/redaction.js';
export * from './queue/queuePolicy.js';
export * from './queue/speakerClock.js';
export * from './queue/participation.js';
export * from './consensus/verdict.js';
export * from './consensus/quorum.js';
export * from './consensus/handCount.js';
export * from './consensus/interestVoting.js';
export * from './draft/hashText.js';
export * from './draft/draftProtocol.js';
export * from './followup/defaultRubric.js';
export * from './followup/actions.js';
export * from './agenda/factView.js';
export * from './followup/notice.js';
export * from './followup/actionView.js';
export * from './followup/decisionView.js';
export * from './meeting/memberName.js';
export * from './meeting/conveners.js';
export * from './meeting/sameName.js';
export * from './followup/scorecard.js';
export * from './followup/scorecardReport.js';
export { rubricOf, checkScores, noteRequired } from './followup/scorecardRules.js';
export { isCurrentMember } from './meeting/memberRules.js';
export * from './followup/indicators.js';
export * from './protocol/socket.js';
export * from './protocol/parseCommand.js';
export * from './protocol/httpRefusal.js';
export * from './protocol/http.js';
