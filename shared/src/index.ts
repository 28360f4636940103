export * from './protocol.js';
export * from './state.js';
export * from './apply.js';
export * from './decide.js';
export * from './command.js';
export * from './queuePolicy.js';
