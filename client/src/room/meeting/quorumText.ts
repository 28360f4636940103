import { quorumNeeded, type Quorum } from '@dr/shared';
import type { TFunction } from 'i18next';

/** The shares the rules form offers, as exact fractions (a typed 66.67 % of 30 would need 21, not 20). */
export const QUORUM_SHARES = [
  { key: 'third', share: 1 / 3 },
  { key: 'half', share: 1 / 2 },
  { key: 'twoThirds', share: 2 / 3 },
  { key: 'threeQuarters', share: 3 / 4 },
  { key: 'fourFifths', share: 4 / 5 },
  { key: 'all', share: 1 },
] as const;

/** The named share closest to `share` (another client may have set any share). */
export function shareKey(share: number): (typeof QUORUM_SHARES)[number]['key'] {
  return QUORUM_SHARES.reduce((best, s) => (Math.abs(s.share - share) < Math.abs(best.share - share) ? s : best)).key;
}

/** "More than half of 40 (21 responses)", "At least 12 responses", or null without a quorum. */
export function quorumText(t: TFunction, quorum: Quorum | null, eligibleCount: number | null): string | null {
  const needed = quorumNeeded(quorum, eligibleCount);
  if (quorum === null || needed === null) return null;
  if ('count' in quorum) return t('room.rules.quorumIsCount', { count: needed });
  const exact = QUORUM_SHARES.find((s) => Math.abs(s.share - quorum.share) < 1e-9);
  const share = exact ? t(`room.rules.shares.${exact.key}`) : `${Math.round(quorum.share * 1000) / 10}%`;
  return t(quorum.moreThan ? 'room.rules.quorumIsMoreThan' : 'room.rules.quorumIsShare', {
    share,
    eligible: eligibleCount,
    count: needed,
  });
}
