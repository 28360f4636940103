/** Wires one HTTP server: Express (API + web app), Socket.IO and the Yjs draft endpoint over the same port. */
import type { Role, RoomEvent, RoomState } from '@dr/shared';
import type { CouncilState } from '@dr/shared/council';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server as SocketServer, type ServerOptions } from 'socket.io';
import { AccessGate } from './access/accessGate.js';
import { addressResolver, type TrustFunction, type TrustProxy } from './access/clientAddress.js';
import { GuessGuard } from './access/guessGuard.js';
import { DOOR_LIMITS, type DoorLimits } from './access/limits.js';
import { sendError } from './http/errors.js';
import { archiveRouter } from './http/routes/archive.js';
import { RetentionSweeper } from './erasure/retention.js';
import { erasureRouter } from './http/routes/erasure.js';
import type { CouncilDoor } from './http/councilDoors.js';
import type { HostDoor } from './http/hostAuth.js';
import { roomRequestLimit } from './http/limits.js';
import { councilLinksRouter } from './http/routes/councilLinks.js';
import { councilCalendarRouter } from './http/routes/councilCalendar.js';
import { councilMeetingsRouter } from './http/routes/councilMeetings.js';
import { mattersRouter } from './http/routes/matters.js';
import { MatterBook } from './matter/matterBook.js';
import { councilMembersRouter } from './http/routes/councilMembers.js';
import { councilRosterRouter } from './http/routes/councilRoster.js';
import { councilSupervisionRouter } from './http/routes/councilSupervision.js';
import { councilsRouter } from './http/routes/councils.js';
import { officesRouter } from './http/routes/offices.js';
import { CouncilBook } from './council/councilBook.js';
import { OfficeBook } from './council/officeBook.js';
import { idRequestLimit } from './http/idRequestLimit.js';
import { healthRouter } from './http/routes/health.js';
import { joinCodeRouter } from './http/routes/joinCode.js';
import { linksRouter } from './http/routes/links.js';
import { minutesRouter } from './http/routes/minutes.js';
import { noticeRouter } from './http/routes/notice.js';
import { paperRouter } from './http/routes/paper.js';
import { pushRouter } from './http/routes/push.js';
import { createPushService, type PushOptions, type PushService } from './push/pushService.js';
import { roomsRouter } from './http/routes/rooms.js';
import { scorecardRouter } from './http/routes/scorecard.js';
import { securityHeaders } from './http/securityHeaders.js';
import { staticClient } from './http/staticClient.js';
import { devicePass } from './access/devicePass.js';
import type { RedisCluster } from './cluster/redisCluster.js';
import { RoomRegistry } from './room/roomRegistry.js';
import type { JoinCodeKey } from './credentials/joinCodeKey.js';
import { preEncodingParser } from './socket/preEncoded.js';
import { socketBroadcaster } from './socket/broadcaster.js';
import type { RoomServer } from './socket/roomServer.js';
import { attachSocketHandlers } from './socket/socketServer.js';
import { attachCouncilWatch, type CouncilNews } from './socket/councilWatch.js';
import type { Store } from './store/store.js';
import { DOC_PATH_PREFIX, docAuthorizer } from './yjs/docAuth.js';
import { isDiskFull } from './store/diskFull.js';
import { instrumentStore } from './ops/instrumentStore.js';
import { Metrics } from './ops/metrics.js';
import { metricsRouter } from './ops/metricsRoute.js';
import { metricSources } from './ops/metricSources.js';
import { requestLog } from './ops/requestLog.js';
import { steadyClock } from './ops/steadyClock.js';
import { YjsEndpoint } from './yjs/yjsEndpoint.js';

export interface AppOptions {
  store: Store;
  logger: Logger;
  /** The key join codes are stored under (credentials/serverSecret.ts loads the secret). */
  joinCodes: JoinCodeKey;
  publicUrl?: string | undefined;
  clientDist?: string;
  /** Which proxies' `X-Forwarded-For` to believe (`TRUST_PROXY`); default `loopback`. */
  trustProxy?: TrustProxy;
  /** The limits at the doors (access/limits.ts); tests change some. */
  limits?: Partial<DoorLimits>;
  /** The clock of those limits; tests pass a fake one. */
  clock?: () => number;
  /** How long a room without sessions stays loaded before it is written out and dropped (default 5 min). */
  roomIdleMs?: number;
  /**
   * The wall clock the rooms read (default `Date.now`), through a steady clock that absorbs its steps
   * (ops/steadyClock.ts): event times and `serverTime`. Tests step it to stand for an NTP jump.
   */
  wallClock?: () => number;
  /**
   * One node of a cluster (`REDIS_URL`): the link to the other nodes, and Socket.IO's Redis adapter
   * (cluster/cluster.ts, `joinCluster`). Absent on a single node.
   */
  cluster?: { node: RedisCluster; socketAdapter: NonNullable<ServerOptions['adapter']> };
  /** `RETENTION_DAYS`: closed meetings older than that lose their personal fields (erasure/retention.ts). */
  retentionDays?: number | undefined;
  /** Who may read `GET /metrics` (`METRICS_ALLOW`, ops/metricsRoute.ts); default loopback. */
  metricsAllow?: readonly string[];
  /** Web push to roster members and its reminders (push/pushService.ts); absent: no notifications. */
  push?: PushOptions | undefined;
}

export interface App {
  http: HttpServer;
  io: RoomServer;
  registry: RoomRegistry;
  yjs: YjsEndpoint;
  /** The retention sweep, when `retentionDays` is set. */
  retention: RetentionSweeper | null;
  /** What `GET /metrics` shows (ops/metrics.ts). */
  metrics: Metrics;
  /** Web push and its scheduler, when `push` was given. */
  push: PushService | null;
  /** Resolves once the node listens to the other nodes (at once on a single node). */
  ready: Promise<void>;
  /** Stops accepting, closes sockets, flushes and unloads every room; the store is the caller's to close. */
  close(): Promise<void>;
}

export function createApp(options: AppOptions): App {
  const { logger, joinCodes, publicUrl, clientDist, clock = Date.now } = options;
  const metrics = new Metrics();
  const store = instrumentStore(options.store, metrics); // times each append (dr_store_append_seconds)
  const roomClock = steadyClock({
    ...(options.wallClock ? { wall: options.wallClock } : {}),
    onStep: (stepMs) => logger.warn({ stepMs }, 'the wall clock stepped; room times take the step in slowly'),
  });
  const limits: DoorLimits = { ...DOOR_LIMITS, ...options.limits };
  const cluster = options.cluster;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  // One address for every door: Express's req.ip, and the same compiled rule for raw requests.
  const addressOf = addressResolver(app.get('trust proxy fn') as TrustFunction);
  const gate = new AccessGate({ store, joinCodes, guard: new GuessGuard(limits, clock), logger });
  const hostDoor: HostDoor = { store, gate, guessRate: limits.guessesPerRoom };

  app.use(requestLog(logger)); // method, route pattern, status, time: never the path as sent, nor headers
  app.use(securityHeaders());
  // Which node answered (operators behind a load balancer, and the cluster tests).
  if (cluster) app.use((_req, res, next) => void (res.setHeader('X-DR-Node', cluster.node.node), next()));
  // The page before a join gives the device its pass: joins are shared fairly between passes (room/joinQueue.ts).
  app.use(['/r', '/j'], devicePass());
  app.use(['/api/rooms/:roomId', '/notice/:roomId'], roomRequestLimit(limits.roomRequests, clock));
  app.use('/api/councils/:councilId', idRequestLimit('councilId', limits.roomRequests, clock));
  app.use('/api/offices/:officeId', idRequestLimit('officeId', limits.roomRequests, clock));
  app.use(express.json({ limit: '64kb' }));

  const http = createServer(app);
  // The transport cap (1 MB) stays far above the 64 KB command cap, so an oversized command is
  // answered with `too_large` instead of a dropped connection.
  // destroyUpgrade off: Socket.IO would otherwise end any other upgrade still unanswered after 1 s,
  // and a draft connection may wait longer than that for its document to load. Ours answers below.
  const io: RoomServer = new SocketServer(http, {
    maxHttpBufferSize: 1e6,
    serveClient: false,
    destroyUpgrade: false,
    parser: preEncodingParser, // welcomes serialised once per room state (socket/preEncoded.ts)
    ...(cluster ? { adapter: cluster.socketAdapter } : {}),
  });
  // Council pages are live (socket/councilWatch.ts): told when the council or one of its meetings changed.
  let news: CouncilNews | null = null;
  const councilChanged = (councilId: string) => news?.changed(councilId);
  // Push notifications of a council meeting's commits (push/pushNotifier.ts); the service comes below.
  let push: PushService | null = null;
  const committed = (state: RoomState, events: readonly RoomEvent[]) =>
    void push?.notifier.roomCommitted(state, events);
  const broadcaster = { ...socketBroadcaster(io), councilChanged, committed };
  const councilBook = new CouncilBook(store, logger, clock, councilChanged);
  const registry = new RoomRegistry(
    {
      store,
      logger,
      broadcaster,
      memberJoins: limits.memberJoins,
      clock: roomClock,
      metrics,
      ...(cluster ? { cluster: cluster.node } : {}),
      // A council meeting's notice is published for the council's default period (公示期) unless its host gives one.
      noticePeriod: async (councilId) => (await councilBook.load(councilId))?.disclosurePeriodDays ?? undefined,
    },
    options.roomIdleMs,
  );
  const yjs = new YjsEndpoint({ registry, logger, authorize: docAuthorizer({ store, registry, gate, addressOf }) });
  http.on('upgrade', (req, socket, head: Buffer) => {
    const path = req.url ?? '';
    if (path.startsWith(DOC_PATH_PREFIX)) yjs.handleUpgrade(req, socket, head);
    else if (!path.startsWith('/socket.io/')) socket.destroy(); // nobody else takes upgrades
  });

  app.use(healthRouter({ store, ...(cluster ? { redis: cluster.node } : {}) }));
  app.use(metricsRouter({ metrics, allow: options.metricsAllow ?? ['loopback'] }));
  metrics.readFrom(metricSources(io, registry, cluster?.node));
  app.use(roomsRouter({ store, registry, joinCodes, publicUrl, roomCreation: limits.roomCreation, clock }));
  // A replaced link closes the draft connections that came in through it too, not only its Socket.IO sockets.
  const revokeEverywhere = {
    revoke(roomId: string, role: Role) {
      broadcaster.revoke(roomId, role); // every node's sockets (through the Socket.IO adapter)
      yjs.revoke(roomId, role);
      cluster?.node.revoked(roomId, role); // the other nodes' draft connections
    },
  };
  app.use(linksRouter({ door: hostDoor, joinCodes, broadcaster: revokeEverywhere, publicUrl }));
  app.use(joinCodeRouter({ gate, guessRate: limits.guessesPerRoom }));
  app.use(noticeRouter({ registry, log: store, clientDist }));
  app.use(paperRouter({ door: hostDoor, registry, log: store, publicUrl, clock }));
  app.use(minutesRouter({ door: hostDoor, registry }));
  app.use(scorecardRouter({ door: hostDoor, registry }));
  // Standing councils and the offices that oversee them (issue 18).
  const councilDoor: CouncilDoor = {
    book: councilBook,
    offices: new OfficeBook(store, logger, clock),
    gate,
    guessRate: limits.guessesPerRoom,
  };
  news = attachCouncilWatch(io, { door: councilDoor, addressOf, logger });
  const node = cluster?.node.node;
  push = options.push
    ? createPushService({ node, ...options.push }, { store, logger, clock, councils: councilDoor.book, registry })
    : null;
  app.use(pushRouter({ door: councilDoor, store, push, clock }));
  const creation = limits.roomCreation;
  app.use(councilsRouter({ door: councilDoor, registry, publicUrl, creation, clock }));
  app.use(councilMembersRouter({ door: councilDoor, registry }));
  const rosterImports = limits.rosterImports;
  app.use(councilRosterRouter({ door: councilDoor, registry, joinCodes, publicUrl, imports: rosterImports, clock }));
  app.use(councilSupervisionRouter({ door: councilDoor, registry }));
  app.use(councilLinksRouter({ door: councilDoor, publicUrl, store, joinCodes, broadcaster: revokeEverywhere }));
  const called = (council: CouncilState, roomId: string) => void push?.notifier.meetingCalled(council, roomId);
  app.use(councilMeetingsRouter({ door: councilDoor, store, registry, joinCodes, publicUrl, clock, called }));
  app.use(councilCalendarRouter({ door: councilDoor, registry, publicUrl, clock }));
  app.use(officesRouter({ door: councilDoor, registry, publicUrl, creation, clock }));
  // A matter carried through several councils' meetings (issue 29).
  const matterDoor = { ...councilDoor, matters: new MatterBook(store, logger, clock) };
  app.use(mattersRouter({ door: matterDoor, registry, creation, clock }));
  app.use(archiveRouter({ door: hostDoor, councilDoor, store, registry, matters: matterDoor.matters, clock }));
  app.use(erasureRouter({ door: hostDoor, councilDoor, registry }));
  app.use('/api', (_req, res) => sendError(res, 404, 'not_found', 'request.unknown'));
  app.use(staticClient(clientDist));
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: number }).status;
    if (status === 413) return sendError(res, 413, 'too_large', 'request.tooLarge');
    if (status === 400) return sendError(res, 400, 'invalid', 'request.badJson');
    if (isDiskFull(err)) return sendError(res, 503, 'internal', 'server.diskFull');
    logger.error({ err }, 'request failed');
    sendError(res, 500, 'internal', 'server.failed');
  });
  attachSocketHandlers(io, {
    registry,
    store,
    gate,
    logger,
    addressOf,
    metrics,
    now: roomClock,
    presentAfterMs: limits.presentAfterMs,
  });
  const joined = cluster?.node.start({ registry, revokeDrafts: (roomId, role) => yjs.revoke(roomId, role) });
  const days = options.retentionDays;
  const retention = days ? new RetentionSweeper({ store, registry, logger, clock, days }) : null;
  retention?.start();
  push?.scheduler.start();

  return {
    http,
    io,
    registry,
    yjs,
    retention,
    metrics,
    push,
    ready: joined ?? Promise.resolve(),
    async close() {
      await retention?.stop();
      await push?.scheduler.stop();
      news?.close();
      // Draft sockets first: the HTTP server's close (inside io.close) waits for every open socket.
      await yjs.close();
      const closed = new Promise<void>((resolve) => io.close(() => resolve()));
      // http.close() waits for every open connection: end idle keep-alives now, and cut a request still
      // in flight after a short grace, or a browser's open connection keeps the server up forever.
      http.closeIdleConnections();
      const cut = setTimeout(() => http.closeAllConnections(), 2_000);
      cut.unref();
      await closed;
      clearTimeout(cut);
      await registry.unloadAll();
      await cluster?.node.stop();
    },
  };
}
