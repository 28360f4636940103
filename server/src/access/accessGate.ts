/**
 * Every door's way in: the access policy (`accessOf`) behind the guess guard. The Socket.IO
 * handshake, the draft endpoint and the host's HTTP endpoints call `admit`; council and office doors
 * (http/councilDoors.ts) call `admitToken`; the short address
 * `/j/<code>` calls `findByJoinCode`. A join code still stored in the legacy plain hash is moved
 * to the keyed form the first time it is used.
 */
import type { Logger } from 'pino';
import type { JoinCodeKey } from '../credentials/joinCodeKey.js';
import { looksLikeJoinCode, normalizeJoinCode } from '../credentials/joinCode.js';
import { tokenMatches } from '../credentials/tokens.js';
import type { RoomRecord, Store } from '../store/store.js';
import { accessOf, type Access } from './accessPolicy.js';
import type { GuessGuard } from './guessGuard.js';

/** `bad_credential`: opens nothing here; `rate_limited`: this address is slowed and the code was not checked. */
export type Admission = { ok: true; access: Access } | { ok: false; refusal: 'bad_credential' | 'rate_limited' };

/** A council's or an office's door: the role the token has there. */
export type TokenAdmission<R extends string> =
  { ok: true; role: R } | { ok: false; refusal: 'bad_credential' | 'rate_limited' };

export type CodeLookup =
  { ok: true; roomId: string; code: string } | { ok: false; refusal: 'not_found' | 'rate_limited' };

export interface AccessGateDeps {
  store: Store;
  joinCodes: JoinCodeKey;
  guard: GuessGuard;
  logger: Logger;
}

export class AccessGate {
  private readonly warnedForeign = new Set<string>();

  constructor(private readonly deps: AccessGateDeps) {}

  /** What `credential`, presented from `address`, opens in `room`. */
  async admit(address: string, room: RoomRecord, credential: string): Promise<Admission> {
    const { joinCodes, guard } = this.deps;
    const isCode = looksLikeJoinCode(credential);
    const codeHash = isCode ? joinCodes.hash(credential) : '';
    if (isCode && !guard.mayCheck(address, room.roomId, codeHash)) return { ok: false, refusal: 'rate_limited' };
    const access = accessOf(credential, room, joinCodes);
    if (!access) {
      if (isCode) {
        guard.failed(address, room.roomId);
        this.warnIfForeign(room);
      }
      return { ok: false, refusal: 'bad_credential' };
    }
    if (access.via === 'joinCode') {
      guard.proved(address, room.roomId, codeHash);
      if (access.legacy) await this.upgrade(room.roomId, room.joinCodeHash, codeHash);
    }
    return { ok: true, access };
  }

  /**
   * Which of `hashes` (the link tokens of a council `council:<id>` or an office `office:<id>`, by role)
   * `credential` opens. They have no join code, but a credential shaped like one is counted against
   * the address by the same guess limit as at a room's door, so no door is a free place to guess.
   */
  admitToken<R extends string>(
    address: string,
    streamId: string,
    hashes: Readonly<Record<R, string>>,
    credential: string,
  ): TokenAdmission<R> {
    const { joinCodes, guard } = this.deps;
    const isCode = looksLikeJoinCode(credential);
    if (isCode && !guard.mayCheck(address, streamId, joinCodes.hash(credential)))
      return { ok: false, refusal: 'rate_limited' };
    const role = (Object.keys(hashes) as R[]).find((r) => tokenMatches(credential, hashes[r]));
    if (role !== undefined) return { ok: true, role };
    if (isCode) guard.failed(address, streamId);
    return { ok: false, refusal: 'bad_credential' };
  }

  /** The room whose join code was typed (`/j/<code>`), for a redirect to it. */
  async findByJoinCode(address: string, typed: string): Promise<CodeLookup> {
    const { store, joinCodes, guard } = this.deps;
    if (!looksLikeJoinCode(typed)) return { ok: false, refusal: 'not_found' }; // no code has that shape: nothing guessed
    const code = normalizeJoinCode(typed);
    const codeHash = joinCodes.hash(code);
    const legacyHash = joinCodes.legacyHash(code);
    const keyed = await store.findRoomByJoinCode(codeHash);
    const roomId = keyed ?? (await store.findRoomByJoinCode(legacyHash));
    // Looked up first, answered after: a slowed address gets the same answer whether it guessed right or not.
    if (!guard.mayCheck(address, roomId, codeHash)) return { ok: false, refusal: 'rate_limited' };
    if (!roomId) {
      guard.failed(address, null);
      return { ok: false, refusal: 'not_found' };
    }
    guard.proved(address, roomId, codeHash);
    if (!keyed) await this.upgrade(roomId, legacyHash, codeHash);
    return { ok: true, roomId, code };
  }

  private async upgrade(roomId: string, legacyHash: string, keyedHash: string): Promise<void> {
    try {
      await this.deps.store.replaceJoinCodeHash(roomId, legacyHash, keyedHash);
    } catch (error) {
      // The code still works in its legacy form; the next use tries again.
      this.deps.logger.warn({ err: error, roomId }, 'could not move a join code to the keyed hash');
    }
  }

  private warnIfForeign(room: RoomRecord): void {
    if (!this.deps.joinCodes.isForeign(room.joinCodeHash) || this.warnedForeign.has(room.roomId)) return;
    this.warnedForeign.add(room.roomId);
    this.deps.logger.error(
      { roomId: room.roomId },
      'this room’s join code was stored under another server secret: give every node the same SERVER_SECRET',
    );
  }
}
