/**
 * `@dr/shared/council`: standing councils and the offices that oversee them (issue 18). Its own
 * entry, so the participant's first page never loads it.
 */
export * from './councilState.js';
export * from './councilEvents.js';
export * from './councilCommands.js';
export * from './councilRules.js';
export * from './councilFold.js';
export * from './councilMeeting.js';
export * from './meetingCall.js';
export * from './councilHttp.js';
export * from './councilViews.js';
export * from './officeState.js';
export * from './officeReport.js';
export * from './councilRefusals.js';
export * from './councilTerms.js';
export * from './councilLive.js';
export * from './meetingTopics.js';
export * from './rosterSheet.js';
export * from './rosterImport.js';
export * from './rosterHttp.js';
export * from './pushHttp.js';
export * from './disclosure.js';
export * from './disclosureHttp.js';
export * from './meetingNotice.js';
