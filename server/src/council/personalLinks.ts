/**
 * A roster member's personal link (issue 28, part 3): the council page with the member link's token
 * and the member's own id and secret, so whoever opens it is that member without typing a name. The
 * secret of a member the import added is derived from the server secret (`JoinCodeKey.derive`), so
 * the host can print the slips again; a member who joined by typing their name has a random secret
 * the server never kept, and has no personal link. Only the secret's hash is in the events.
 */
import type { CouncilMember, CouncilState } from '@dr/shared/council';
import type { JoinCodeKey } from '../credentials/joinCodeKey.js';
import { hashToken, tokenMatches } from '../credentials/tokens.js';

/** The personal secret of member `memberId` of `councilId`. */
export function personalSecret(key: JoinCodeKey, councilId: string, memberId: string): string {
  return key.derive(`roster-member\u0000${councilId}\u0000${memberId}`);
}

/** Its hash, as the member's `council.memberJoined` event keeps it. */
export const personalSecretHash = (key: JoinCodeKey, councilId: string) => (memberId: string) =>
  hashToken(personalSecret(key, councilId, memberId));

/**
 * The members that have a personal link, with their secret: those whose stored hash is the derived
 * secret's (not those who joined by name, nor any if the server secret changed since the import).
 */
export function membersWithLinks(key: JoinCodeKey, council: CouncilState): { member: CouncilMember; secret: string }[] {
  return Object.values(council.members).flatMap((member) => {
    const secret = personalSecret(key, council.councilId, member.id);
    return tokenMatches(secret, member.secretHash) ? [{ member, secret }] : [];
  });
}

/** The personal link: `/c/<councilId>#t=<member token>&m=<memberId>&s=<secret>`. */
export function personalLink(base: string, councilId: string, memberToken: string, memberId: string, secret: string) {
  return `${base}/c/${encodeURIComponent(councilId)}#t=${memberToken}&m=${encodeURIComponent(memberId)}&s=${secret}`;
}
