/**
 * Caps on inbound data, shared by the schemas that enforce them and the screens that show them.
 * The transport's own cap (1 MB) stays far above `commandBytes`. Documented in docs/protocol.md,
 * "Errors and limits".
 */
export const LIMITS = {
  commandBytes: 64 * 1024,
  title: 200,
  description: 4000,
  name: 60,
  roomTitle: 200,
  reason: 500,
  fact: 2000,
  source: 300,
  group: 40,
  /** A household's label (户: a house number, the head's name). */
  household: 40,
  /** The reference of a paper proxy (委托书编号). */
  proxyReference: 60,
  /** The hall's headcount of people without an entry (`attendance.setHeadcount`). */
  headcount: 100_000,
  /** Commands per connection: a burst of this many, refilled at `commandsPerSecond`. */
  commandBurst: 30,
  commandsPerSecond: 10,
  /** Current members of one room (joined through a link or added by the host; removed ones do not count). */
  members: 2000,
  /**
   * New members joining one room by name: a burst (a hall arriving at once), then this many per
   * second; 1,000 phones opening the link at once are all in within 90 s (issue 30). A join that
   * finds the allowance empty waits its turn, shared fairly between devices.
   */
  memberJoinBurst: 600,
  memberJoinsPerSecond: 10,
  /** How long a join may wait for its turn (ms); the web app waits this long and 15 s more for the answer. */
  joinWaitMs: 45_000,
  /**
   * A participant who joined by name counts as present once they take part: an accepted command,
   * coming back with their secret, or their connection staying open this long (ms).
   */
  presentAfterMs: 30_000,
  /** Members one device (its pass, the cookie of the page before a join) may add to one room by name: a household on one phone. */
  membersPerDevice: 5,
  /**
   * How long a connection may wait for a name (`auth.waitForName`) before the server closes it, in
   * ms; the web app keeps its join screen, and a name given later goes in a new handshake.
   */
  nameWaitMs: 30 * 60_000,
  /** Events returned by one `sync` call; the client asks again while `hasMore` is true. */
  syncBatch: 500,
  /**
   * A welcome carries every member while the room has at most this many (removed ones included);
   * a bigger room's welcome carries only these many (its hosts, the queue, the speaker) and
   * `memberCount`, and the client asks for the rest in `members` pages (protocol/socket.ts).
   */
  welcomeMembers: 100,
  /** Members in one `members` page (~250 bytes of JSON each: ~50 KB a page). */
  membersPage: 200,
  /**
   * A round with more ballots than this is welcomed compact (room/welcomeRounds.ts): each ballot
   * as its level alone, in full only those a screen shows by name; a closed one without them.
   */
  welcomeBallots: 100,
  /** How long the server keeps a sender's request ids and their answers (ms): at least this, then pruned. */
  requestIdRetentionMs: 24 * 60 * 60 * 1000,
} as const;

/** Caps on the follow-through's fields (details, action items, scorecards), in characters or entries. */
export const FOLLOW_UP_LIMITS = {
  place: 200,
  kind: 60,
  owner: 100,
  category: 60,
  actionNote: 2000,
  scoreNote: 500,
  scores: 200,
} as const;
