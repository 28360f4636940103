import { keptPerId } from './keptPerId';

/**
 * This browser's place on a council's roster (its member id, secret and the token that opens the
 * council's meetings). Kept in live/ beside the rooms' member store: the council page writes it when
 * a member joins, and a council's meeting writes it for the way to the supervisor's view (its
 * member credentials in the room are the roster's own).
 */
export interface CouncilCredentials {
  memberId: string;
  memberSecret: string;
  meetingToken: string;
}

const kept = keptPerId<CouncilCredentials>('dr:council:', ({ memberId, memberSecret, meetingToken }) =>
  typeof memberId === 'string' && typeof memberSecret === 'string' && typeof meetingToken === 'string'
    ? { memberId, memberSecret, meetingToken }
    : null,
);

/** Null when this browser holds no place on the council's roster (or storage is disabled). */
export const loadCouncilMember = kept.load;
/** Storage disabled: the roster place lasts as long as this page. */
export const saveCouncilMember = kept.save;
