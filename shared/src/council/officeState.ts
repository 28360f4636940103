/**
 * An office that oversees councils (a township or street office, 街镇): a name, a token, and the
 * councils created with that token. Stored as its own stream (`office:<officeId>`) like a council.
 */

export type OfficeEventBody =
  | { type: 'office.created'; officeId: string; name: string; tokenHash: string }
  | { type: 'office.councilAdded'; councilId: string };
export type OfficeEvent = OfficeEventBody & { seq: number; at: number; actor: null };

export interface OfficeState {
  officeId: string;
  seq: number;
  name: string;
  /** SHA-256 hex of the office's token; never sent out. */
  tokenHash: string;
  createdAt: number;
  councils: string[];
}

/** Folds an office's stream; null before its first event. */
export function foldOffice(officeId: string, events: readonly OfficeEvent[]): OfficeState | null {
  let state: OfficeState | null = null;
  for (const event of events) {
    if (event.type === 'office.created') {
      state = {
        officeId,
        seq: event.seq,
        name: event.name,
        tokenHash: event.tokenHash,
        createdAt: event.at,
        councils: [],
      };
    } else if (state !== null) {
      const before: OfficeState = state;
      state = { ...before, seq: event.seq, councils: [...before.councils, event.councilId] };
    }
  }
  return state;
}
