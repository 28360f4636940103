/**
 * The list of proxies (委托名单) as the board, the notice and the minutes show it: who gave their
 * vote to whom, the paper's reference, and whether it is in force now. The law asks that the list be
 * published (村民委员会组织法 art. 15). Pure.
 */
import { own } from '../core/own.js';
import type { RoomState } from '../model/state.js';
import { isPresent } from './attendance.js';

/** One row of the list: names, not ids, so a reader outside the room can read it. */
export interface ProxyListEntry {
  proxyId: string;
  principal: string;
  holder: string;
  reference: string | null;
  /** When it was granted and, if so, revoked (server ms). */
  grantedAt: number;
  revokedAt: number | null;
  /** Whether the host recorded it (a paper proxy) rather than the principal from their phone. */
  byHost: boolean;
  /** `inForce`: the holder votes for the principal now; `principalPresent`: they vote in person; `revoked`. */
  status: 'inForce' | 'principalPresent' | 'revoked';
}

/** The room's proxies in order of grant, revoked ones included (the record keeps them). */
export function proxyList(state: RoomState): ProxyListEntry[] {
  return Object.values(state.proxies)
    .sort((a, b) => a.grantedAt - b.grantedAt || a.id.localeCompare(b.id))
    .map((p) => {
      const principal = own(state.members, p.principalId);
      const holder = own(state.members, p.holderId);
      const status =
        p.revokedAt !== null ? 'revoked' : principal && isPresent(principal) ? 'principalPresent' : 'inForce';
      return {
        proxyId: p.id,
        principal: principal?.name ?? '',
        holder: holder?.name ?? '',
        reference: p.reference,
        grantedAt: p.grantedAt,
        revokedAt: p.revokedAt,
        byHost: p.grantedBy !== p.principalId,
        status,
      };
    });
}
