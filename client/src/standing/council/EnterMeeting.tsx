import type { Presence } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enteredBefore, meetingPath, seatInMeeting, type CouncilCredentials } from './councilCredentials';

interface Props {
  roomId: string;
  /** The council's host token when this page is the host's. */
  hostToken: string | null;
  member: CouncilCredentials | null;
  /** Closed or adjourned: there is no arrival to record any more. */
  over: boolean;
}

/**
 * "Open the meeting" for one of the council's meetings. A roster member entering a meeting for the
 * first time from this browser is asked where they take part, as a link joiner is (the join
 * screen's words): in the hall or remote. Attendance, alternating turns, the hand count and the
 * office's comparison read it; it goes with the handshake and is recorded with their arrival.
 */
export function EnterMeeting({ roomId, hostToken, member, over }: Props) {
  const { t } = useTranslation();
  const { t: s } = useTranslation('council');
  const [asking, setAsking] = useState(false);
  const path = meetingPath(roomId, hostToken, member);
  if (!member || over || enteredBefore(roomId)) {
    return (
      <a href={path} className="button" onClick={() => member && seatInMeeting(roomId, member)}>
        {s('open')}
      </a>
    );
  }
  const enter = (presence: Presence) => {
    seatInMeeting(roomId, member, presence);
    window.location.assign(path);
  };
  return (
    <div className="council__enter stack">
      <button type="button" className="button" aria-expanded={asking} onClick={() => setAsking((a) => !a)}>
        {s('open')}
      </button>
      {asking && (
        <fieldset className="choices">
          <legend>{t('join.whereHeading')}</legend>
          <button type="button" className="button button--primary" onClick={() => enter('in_room')}>
            {t('join.inRoom')}
          </button>
          <button type="button" className="button button--primary" onClick={() => enter('remote')}>
            {t('join.remote')}
          </button>
        </fieldset>
      )}
    </div>
  );
}
