export { createApp, type App, type AppOptions } from './app.js';
export { createLogger } from './logger.js';
export { openStore } from './store/openStore.js';
export type { Store } from './store/store.js';
export { CLIENT_DIST } from './http/staticClient.js';
export { JoinCodeKey } from './credentials/joinCodeKey.js';
export { loadServerSecret, SECRET_FILE } from './credentials/serverSecret.js';
export { DOOR_LIMITS, type DoorLimits } from './access/limits.js';
export { EVENT_BYTES } from './socket/resume.js';
