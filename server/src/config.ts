/** Reads the process configuration from the environment, once, with defaults for a zero-setup start. */
import path from 'node:path';
import { parseTrustProxy, type TrustProxy } from './access/clientAddress.js';
import { parseMetricsAllow } from './ops/metricsRoute.js';

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  mongodbUri: string | undefined;
  /** Base URL used in room links; defaults to the origin of the request that created the room. */
  publicUrl: string | undefined;
  logLevel: string;
  /** `TRUST_PROXY`: which proxies' `X-Forwarded-For` names the client (access/clientAddress.ts). */
  trustProxy: TrustProxy;
  /** `SERVER_SECRET`: the key for join codes, shared by every node; else a file in `dataDir`. */
  serverSecret: string | undefined;
  /**
   * `REDIS_URL` (e.g. `redis://redis:6379`): run as one node of a cluster that shares the store
   * (README, "Scaling out"). Unset: a single node, as before.
   */
  redisUrl: string | undefined;
  /** `RETENTION_DAYS`: closed meetings older than that lose their personal fields (erasure/retention.ts); unset keeps them. */
  retentionDays: number | undefined;
  /** `METRICS_ALLOW`: who may read `GET /metrics` (addresses, subnets, `loopback`…); default loopback. */
  metricsAllow: string[];
  /** `VAPID_PUBLIC_KEY` / `VAPID_PRIVATE_KEY`: web push's key pair, shared by every node; else a file in `dataDir`. */
  vapidPublicKey: string | undefined;
  vapidPrivateKey: string | undefined;
  /** `VAPID_SUBJECT`: the push services' contact (`mailto:` or `https:`); default `PUBLIC_URL` when https. */
  vapidSubject: string;
  /** `PUSH_SCHEDULER_MS`: how often each node looks for due reminders (default 30 000). */
  pushSchedulerMs: number | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env['PORT']}`);
  const retentionDays = env['RETENTION_DAYS'] ? Number(env['RETENTION_DAYS']) : undefined;
  if (retentionDays !== undefined && !(Number.isInteger(retentionDays) && retentionDays > 0))
    throw new Error(`RETENTION_DAYS must be a whole number of days above 0, got ${env['RETENTION_DAYS']}`);
  const pushSchedulerMs = env['PUSH_SCHEDULER_MS'] ? Number(env['PUSH_SCHEDULER_MS']) : undefined;
  if (pushSchedulerMs !== undefined && !(Number.isInteger(pushSchedulerMs) && pushSchedulerMs >= 100))
    throw new Error(`PUSH_SCHEDULER_MS must be a whole number of ms, at least 100, got ${env['PUSH_SCHEDULER_MS']}`);
  const publicUrl = env['PUBLIC_URL']?.replace(/\/+$/, '') || undefined;
  return {
    port,
    host: env['HOST'] || undefined,
    // pnpm runs scripts inside the package folder; INIT_CWD is where the user typed the command.
    dataDir: path.resolve(env['INIT_CWD'] ?? process.cwd(), env['DATA_DIR'] || './data'),
    mongodbUri: env['MONGODB_URI'] || undefined,
    publicUrl: env['PUBLIC_URL']?.replace(/\/+$/, '') || undefined,
    logLevel: env['LOG_LEVEL'] || 'info',
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    serverSecret: env['SERVER_SECRET'] || undefined,
    redisUrl: env['REDIS_URL'] || undefined,
    retentionDays,
    metricsAllow: parseMetricsAllow(env['METRICS_ALLOW']),
    vapidPublicKey: env['VAPID_PUBLIC_KEY'] || undefined,
    vapidPrivateKey: env['VAPID_PRIVATE_KEY'] || undefined,
    // A contact the push services accept: mailto: or https:, never plain http.
    vapidSubject:
      env['VAPID_SUBJECT'] || (publicUrl?.startsWith('https://') ? publicUrl : 'mailto:webmaster@localhost'),
    pushSchedulerMs,
  };
}
