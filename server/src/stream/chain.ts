/**
 * The hash chain of every stream (村务档案, issue 27). Each stored event carries `prev` (the hash of
 * the event before it, null for the first chained one) and `hash`: SHA-256 over `prev` and the
 * event's canonical form (keys sorted, chain fields left out). A changed, removed or reordered event
 * breaks the links after it, and the last hash (the head) is shown on the notice, the minutes and
 * the board, so a printed copy anchors the record.
 *
 * Personal fields (a member's name, what they wrote about themselves) are **sealed**: the hash covers
 * `sha256(salt ‖ value)`, never the value, and the salt is kept in `seals`. Erasure (erasure/) replaces
 * the value with a pseudonym and the salt with the digest itself, so the chain still verifies while
 * neither the name nor a guessable commitment to it stays in the record.
 *
 * Events stored before the chain existed have no `hash`; the chain starts at the first one that has.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { StoredEvent } from '../store/eventLog.js';

/** A sealed field's proof: its salt while the value is kept, its digest once the value is erased. */
export type Seal = { salt: string } | { digest: string };

/** What the chain adds to a stored event. */
export interface ChainLink {
  /** The previous event's `hash` (hex), null for the first chained event of the stream. */
  prev: string | null;
  /** SHA-256 (hex) of `prev` and the event's canonical form. */
  hash: string;
  /** The sealed personal fields of this event, by field name. */
  seals?: Record<string, Seal>;
}

/**
 * The sealed fields of each event type: a person's name and free text about themselves (erasable),
 * and who cast a ballot (an anonymous round's archive leaves it out, and still verifies).
 */
export const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'member.joined': ['name'],
  'interest.declared': ['note'],
  'council.memberJoined': ['name'],
  'action.created': ['owner'],
  'consensus.voted': ['memberId'],
};

/**
 * Sealed too, and never archived: a council's credentials (its links' token hashes and sealed links)
 * and a roster member's secret hash. Hashes of random tokens, but secrets stay on the server
 * (STYLE.md); an archive keeps only their digest (`withoutSecrets`), and the chain still verifies.
 */
export const SECRET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'council.created': ['credentials'],
  'council.linkReplaced': ['credentials'],
  'council.memberJoined': ['secretHash'],
};

const CHAIN_KEYS = new Set(['prev', 'hash', 'seals']);

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every depth: the same event always has the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The digest a sealed field's value is committed by. */
export function sealDigest(salt: string, value: unknown): string {
  return sha256(`${salt}\u0000${canonicalJson(value)}`);
}

/** The digest of a field under `seal`, given the value now stored (ignored once erased). */
function digestOf(seal: Seal, value: unknown): string {
  return 'digest' in seal ? seal.digest : sealDigest(seal.salt, value);
}

/** The hash an event must carry after `prev`, recomputed from what it holds now. */
export function linkHash(event: object, prev: string | null): string {
  const body: Record<string, unknown> = {};
  const seals = (event as { seals?: Record<string, Seal> }).seals ?? {};
  for (const [key, value] of Object.entries(event)) {
    if (CHAIN_KEYS.has(key)) continue;
    const seal = seals[key];
    body[key] = seal ? { sealed: digestOf(seal, value) } : value;
  }
  return sha256(`${prev ?? ''}\n${canonicalJson(body)}`);
}

/** `events` (already stamped) linked after `prev`: each gets `prev`, `hash` and fresh seals. */
export function chainEvents<E extends object>(events: readonly E[], prev: string | null): (E & ChainLink)[] {
  let last = prev;
  return events.map((event) => {
    const type = (event as { type?: string }).type ?? '';
    const fields = [...(PERSONAL_FIELDS[type] ?? []), ...(SECRET_FIELDS[type] ?? [])];
    const present = fields.filter((f) => (event as Record<string, unknown>)[f] !== undefined);
    const seals = Object.fromEntries(present.map((f) => [f, { salt: randomBytes(16).toString('hex') }]));
    const linked = { ...event, ...(present.length > 0 ? { seals } : {}) };
    const hash = linkHash(linked, last);
    const chained = { ...linked, prev: last, hash } as E & ChainLink;
    last = hash;
    return chained;
  });
}

/** The hash of a stored event, or null for one stored before the chain began. */
export function hashOf(event: StoredEvent | undefined): string | null {
  return (event as Partial<ChainLink> | undefined)?.hash ?? null;
}

/** The head's short fingerprint, e.g. `3fa9-c2e1-07bd`: 12 hex digits, enough to compare by eye. */
export function fingerprint(hash: string | null): string | null {
  return hash ? `${hash.slice(0, 4)}-${hash.slice(4, 8)}-${hash.slice(8, 12)}` : null;
}

/** `events` without their chain fields: what screens get (the chain is the record's, not the meeting's). */
export function withoutChain<E extends object>(events: readonly E[]): E[] {
  return events.map((event) => {
    if (!('hash' in event)) return event;
    const { prev: _prev, hash: _hash, seals: _seals, ...rest } = event as E & ChainLink;
    return rest as E;
  });
}

/**
 * An event as an archive may hold it: each secret field (SECRET_FIELDS) replaced by null, its seal by
 * the digest it committed to, so the chain verifies without the secret. Events without seals (stored
 * before the chain) lose the field and prove nothing of it.
 */
export function withoutSecrets<E extends object>(event: E): E {
  const fields = SECRET_FIELDS[(event as { type?: string }).type ?? ''] ?? [];
  if (fields.length === 0) return event;
  const record = event as Record<string, unknown>;
  const seals = { ...((record.seals as Record<string, Seal> | undefined) ?? {}) };
  const out: Record<string, unknown> = { ...record };
  for (const field of fields) {
    if (!(field in record)) continue;
    const seal = seals[field];
    if (seal) seals[field] = { digest: digestOf(seal, record[field]) };
    out[field] = null;
  }
  if (record.seals) out.seals = seals;
  return out as E;
}
