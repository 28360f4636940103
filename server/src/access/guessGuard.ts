/**
 * Slows down guessing of join codes (8 characters, about 40 bits) without locking out a village
 * hall whose phones share one public address.
 *
 * - Only join-code-shaped credentials are guesses. Link tokens and member secrets have 128 bits:
 *   a wrong one is refused at once and never counted, so stale links (after a rotation, a wiped
 *   phone) cannot lock anybody out.
 * - Wrong codes are counted per room and address (`guessesPerRoom`) and per address over all
 *   rooms, `/j/<code>` misses included (`guessesPerAddress`), so spreading guesses over many rooms
 *   gains nothing.
 * - While an address is slowed, a code is checked only if that address has already shown it to
 *   be valid for that room (within `provenForMs`): every other code is answered "slow down"
 *   unchecked, so a slowed address learns nothing, and the phones of a hall where one person got
 *   in with the code keep getting in whatever someone else there types.
 *
 * The one case this cannot spare: a valid code that nobody at a slowed address has used yet. If a
 * valid first try were admitted while slowed, a guesser would simply ignore the refusals and the
 * limit would slow nothing. Link tokens (the QR code) are never slowed.
 */
import { KeyedBuckets } from './keyedBuckets.js';
import type { DoorLimits } from './limits.js';

export class GuessGuard {
  private readonly perRoom: KeyedBuckets;
  private readonly perAddress: KeyedBuckets;
  /** `address \n roomId \n code hash` → when it stops counting as proven. */
  private readonly proven = new Map<string, number>();

  constructor(
    private readonly limits: Pick<DoorLimits, 'guessesPerRoom' | 'guessesPerAddress' | 'provenForMs'>,
    private readonly clock: () => number = Date.now,
    private readonly maxProven = 100_000,
  ) {
    this.perRoom = new KeyedBuckets(limits.guessesPerRoom, clock);
    this.perAddress = new KeyedBuckets(limits.guessesPerAddress, clock);
  }

  /**
   * Whether a join code from `address` may be checked now: always if the address has shown this
   * code (`codeHash`, the keyed hash) valid for `roomId`, else only while it has guesses left,
   * for that room and overall. `roomId` null: a code that matches no room (`/j/<code>`).
   */
  mayCheck(address: string, roomId: string | null, codeHash: string): boolean {
    if (roomId !== null && this.knows(address, roomId, codeHash)) return true;
    if (!this.perAddress.peek(address)) return false;
    return roomId === null || this.perRoom.peek(roomKey(address, roomId));
  }

  /** A wrong join code from `address`, for `roomId` or for no room at all. */
  failed(address: string, roomId: string | null): void {
    this.perAddress.take(address);
    if (roomId !== null) this.perRoom.take(roomKey(address, roomId));
  }

  /** `address` showed `codeHash` to be `roomId`'s join code. */
  proved(address: string, roomId: string, codeHash: string): void {
    const key = provenKey(address, roomId, codeHash);
    this.proven.delete(key);
    if (this.proven.size >= this.maxProven) this.proven.delete(this.proven.keys().next().value!);
    this.proven.set(key, this.clock() + this.limits.provenForMs);
  }

  private knows(address: string, roomId: string, codeHash: string): boolean {
    const key = provenKey(address, roomId, codeHash);
    const until = this.proven.get(key);
    if (until === undefined) return false;
    if (until > this.clock()) return true;
    this.proven.delete(key);
    return false;
  }
}

const roomKey = (address: string, roomId: string) => `${address}\n${roomId}`;
const provenKey = (address: string, roomId: string, codeHash: string) => `${address}\n${roomId}\n${codeHash}`;
