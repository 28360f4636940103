/**
 * The level this browser last sent in each round, per room. The server hides levels from everyone
 * while a round shows results only after closing, yourself included; this is how your own choice
 * stays highlighted on your screen (and after a reload).
 */
import type { ConsensusLevel } from '@dr/shared';

const keyFor = (roomId: string) => `dr:votes:${roomId}`;

export function loadVotes(roomId: string): Record<string, ConsensusLevel> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyFor(roomId)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, ConsensusLevel>) : {};
  } catch {
    return {};
  }
}

export function saveVote(roomId: string, roundId: string, level: ConsensusLevel): void {
  try {
    localStorage.setItem(keyFor(roomId), JSON.stringify({ ...loadVotes(roomId), [roundId]: level }));
  } catch {
    // Storage disabled: the highlight lasts while the page is open.
  }
}
