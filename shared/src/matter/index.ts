/**
 * `@dr/shared/matter`: a matter (议事事项) carried through several councils' meetings by its
 * procedure (四议两公开, issue 29 part 1). Its own entry, off the phone's path.
 */
export * from './procedure.js';
export * from './stepRuleSets.js';
export * from './matterState.js';
export * from './matterFold.js';
export * from './matterRules.js';
export * from './matterHttp.js';
export * from './matterTerms.js';
