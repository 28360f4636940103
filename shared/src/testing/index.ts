/**
 * `@dr/shared/testing`: builders for tests, never for production code (ESLint keeps src/ from
 * importing it). Every test state is built one way: commands through the real `decide` and `apply`.
 */
export * from './roomHarness.js';
export * from './decidedMeeting.js';
export * from './recordedMeeting.js';
export * from './commandSamples.js';
export * from './councilHarness.js';
export * from './meetingOnItem.js';
export * from './topicPool.js';
