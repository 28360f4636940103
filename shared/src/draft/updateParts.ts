/**
 * A Yjs update too large for one draft message (`DRAFT_CAPS.message`), cut into updates that each
 * fit (issue 25 §3: an old stored copy of a phone's drafts larger than one message was dropped
 * whole). Each part is an ordinary Yjs update, sent as any edit is: applied in order, every part
 * refers only to content the receiver already has (the `base` document's, or an earlier part's), so
 * the server (which closes on an update that refers to missing content) takes each as it comes, and
 * the parts put together make the whole update again. Applying a part twice changes nothing (Yjs
 * updates are idempotent), so a part resent after a lost connection is harmless.
 *
 * Cut along each client's run of structs, in clock order; the deletions (a delete set refers to
 * ids only, no content) go last, in a part of their own. A single struct larger than a part (a
 * paste over the cap, which the server would refuse anyway) cannot be sent; nor can what comes after
 * it from its client, or what depends on it: those are counted in `unsent`.
 */
import * as Y from 'yjs';

/** What `splitUpdate` makes of an update. */
export interface UpdateParts {
  /** Updates (format v1) to apply or send in this order, each at most `maxBytes`. */
  parts: Uint8Array[];
  /** Structs that could not be put in any part, plus 1 for deletions too large for one (0: the parts make the whole update). */
  unsent: number;
}

type Struct = Y.Item | Y.GC;

/** Bytes of a part's own framing (counts, client, clock, an empty delete set), at most. */
const FRAMING = 32;

const sizeOf = (struct: Struct): number => {
  const encoder = new Y.UpdateEncoderV1();
  struct.write(encoder, 0);
  return encoder.toUint8Array().length;
};

/** The ids a struct needs the receiver to have: its neighbours when written, and its parent when an item. */
const needs = (struct: Struct): Y.ID[] => {
  if (!(struct instanceof Y.Item)) return [];
  const parent = struct.parent instanceof Y.ID ? [struct.parent] : [];
  return [struct.origin, struct.rightOrigin, ...parent].filter((id): id is Y.ID => id !== null);
};

/** One client's structs with consecutive clocks, written as one update (and no deletions). */
function encodeRun(client: number, run: Struct[]): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoder.writeLen(1); // one client
  encoder.writeLen(run.length);
  encoder.writeClient(client);
  encoder.writeLen(run[0]!.id.clock);
  for (const struct of run) struct.write(encoder, 0);
  encoder.writeLen(0); // an empty delete set
  return encoder.toUint8Array();
}

/** Each client's structs, cut where the clocks jump (a Skip) and wherever a run would pass `limit`. */
function runsByClient(structs: readonly (Struct | Y.Skip)[], limit: number): Map<number, Struct[][]> {
  const runs = new Map<number, Struct[][]>();
  let last: { run: Struct[]; bytes: number; end: number } | null = null;
  for (const struct of structs) {
    if (struct instanceof Y.Skip) {
      last = null;
      continue;
    }
    const { client, clock } = struct.id;
    const bytes = sizeOf(struct);
    const own = runs.get(client) ?? [];
    runs.set(client, own);
    const continues = last && own.at(-1) === last.run && last.end === clock && last.bytes + bytes <= limit;
    if (continues && last) {
      last.run.push(struct);
      last.bytes += bytes;
    } else {
      last = { run: [struct], bytes, end: clock };
      own.push(last.run);
    }
    last.end = clock + struct.length;
  }
  return runs;
}

/** A delete set as an update of its own (no struct), written as Yjs writes one (format v1). */
function encodeDeletions(ds: ReturnType<typeof Y.decodeUpdate>['ds']): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoder.writeLen(0); // no struct
  encoder.writeLen(ds.clients.size);
  for (const [client, ranges] of ds.clients) {
    encoder.resetDsCurVal();
    encoder.writeClient(client);
    encoder.writeLen(ranges.length);
    for (const range of ranges) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.len);
    }
  }
  return encoder.toUint8Array();
}

/**
 * Cuts `update` (format v1, e.g. what a stored copy has that `base` lacks) into parts of at most
 * `maxBytes` each, ordered so that each refers only to `base` and the parts before it.
 * @throws Error when `maxBytes` leaves no room for a struct (below 64 bytes).
 */
export function splitUpdate(base: Y.Doc, update: Uint8Array, maxBytes: number): UpdateParts {
  if (maxBytes < 64) throw new Error(`splitUpdate: a part of ${maxBytes} bytes holds nothing`);
  const { structs, ds } = Y.decodeUpdate(update);
  const limit = maxBytes - FRAMING;
  const have = Y.decodeStateVector(Y.encodeStateVector(base));
  const known = (id: Y.ID, within: Struct) =>
    (have.get(id.client) ?? 0) > id.clock || (id.client === within.id.client && id.clock < within.id.clock);
  const queues = [...runsByClient(structs, limit)];
  const parts: Uint8Array[] = [];
  // Round after round, every client's next run whose needs are met; until none is.
  for (let progressed = true; progressed;) {
    progressed = false;
    for (const [client, runs] of queues) {
      for (let run = runs[0]; run; run = runs[0]) {
        const first = run[0]!;
        const bytes = run.reduce((sum, struct) => sum + sizeOf(struct), 0);
        const startsWhereKnown = (have.get(client) ?? 0) >= first.id.clock;
        if (bytes > limit || !startsWhereKnown || !run.every((s) => needs(s).every((id) => known(id, s)))) break;
        parts.push(encodeRun(client, run));
        const last = run.at(-1)!;
        have.set(client, Math.max(have.get(client) ?? 0, last.id.clock + last.length));
        runs.shift();
        progressed = true;
      }
    }
  }
  let unsent = queues.reduce((sum, [, runs]) => sum + runs.reduce((n, run) => n + run.length, 0), 0);
  if (ds.clients.size) {
    const deletions = encodeDeletions(ds);
    if (deletions.length <= maxBytes) parts.push(deletions);
    else unsent += 1; // deletions past a part's size: counted as one thing not sent
  }
  return { parts, unsent };
}
