/**
 * Erasure of a person (个人信息保护法, issue 27) in a stream's stored events: their name and the free
 * text they wrote about themselves (a declared interest's note) become a stable pseudonym, and each
 * erased field's seal trades its salt for its digest (stream/chain.ts), so the hash chain, the
 * counts and the decisions stay exactly as they were. Pure: the caller stores what changed.
 */
import type { Locale } from '@dr/shared';
import { createHash } from 'node:crypto';
import type { StoredEvent } from '../store/eventLog.js';
import { sealDigest, type Seal } from '../stream/chain.js';

/**
 * The pseudonym of a member, the same in every stream (a council's members keep their id in each
 * of its meetings): `成员 7F3A` / `Member 7F3A`, from a hash of the id (not the name).
 */
export function pseudonymFor(memberId: string, locale: Locale): string {
  const tag = createHash('sha256').update(`pseudonym\u0000${memberId}`).digest('hex').slice(0, 4).toUpperCase();
  return locale === 'zh-CN' ? `成员 ${tag}` : `Member ${tag}`;
}

const ERASED_NOTE: Record<Locale, string> = { 'zh-CN': '（已删除）', en: '(erased)' };

/** What an erased free-text note about oneself reads afterwards. */
export const erasedNote = (locale: Locale): string => ERASED_NOTE[locale];

/** Which field of which event holds `memberId`'s personal information, and whose the event is. */
const ERASABLE: Record<string, { field: string; owner: string; note?: true }> = {
  'member.joined': { field: 'name', owner: 'memberId' },
  'council.memberJoined': { field: 'name', owner: 'memberId' },
  'interest.declared': { field: 'note', owner: 'memberId', note: true },
  'action.created': { field: 'owner', owner: 'ownerMemberId' },
};

/** The events of `memberId` with their personal fields erased: only those that changed. */
export function eraseEvents(events: readonly StoredEvent[], memberId: string, locale: Locale): StoredEvent[] {
  const changed: StoredEvent[] = [];
  for (const event of events) {
    const rule = ERASABLE[event.type];
    const record = event as unknown as Record<string, unknown>;
    if (!rule || record[rule.owner] !== memberId) continue;
    const value = record[rule.field];
    const replacement = rule.note ? ERASED_NOTE[locale] : pseudonymFor(memberId, locale);
    const seals = record.seals as Record<string, Seal> | undefined;
    const seal = seals?.[rule.field];
    if (value === replacement && (!seal || 'digest' in seal)) continue; // erased already
    const nextSeal: Seal | undefined = seal && ('digest' in seal ? seal : { digest: sealDigest(seal.salt, value) });
    changed.push({
      ...event,
      [rule.field]: replacement,
      ...(seals && nextSeal ? { seals: { ...seals, [rule.field]: nextSeal } } : {}),
    } as StoredEvent);
  }
  return changed;
}

/** Every member id with personal fields in `events` (retention erases them all). */
export function membersIn(events: readonly StoredEvent[]): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    const rule = ERASABLE[event.type];
    const id = rule && (event as unknown as Record<string, unknown>)[rule.owner];
    if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
}

/** The events with every person's personal fields erased (retention): only those that changed. */
export function eraseEveryone(events: readonly StoredEvent[], locale: Locale): StoredEvent[] {
  const current = new Map(events.map((e) => [e.seq, e]));
  const changed = new Map<number, StoredEvent>();
  for (const memberId of membersIn(events)) {
    for (const event of eraseEvents([...current.values()], memberId, locale)) {
      current.set(event.seq, event);
      changed.set(event.seq, event);
    }
  }
  return [...changed.values()].sort((a, b) => a.seq - b.seq);
}
