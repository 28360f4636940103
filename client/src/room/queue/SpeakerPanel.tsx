import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from './Countdown';
import { MemberLabel } from '../meeting/MemberLabel';
import { useRoomView } from '../../live/RoomContext';
import './SpeakerPanel.css';

/** Who has the floor, with their countdown; the host's controls go below. */
export function SpeakerPanel({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const { speaker } = state;
  return (
    <div className="speaker">
      <h3 className="speaker__heading">{t('room.queue.speakerHeading')}</h3>
      {speaker ? (
        <>
          <p className="speaker__name">
            <MemberLabel memberId={speaker.memberId} />
            {speaker.kind !== 'speak' && (
              <span className={`tag tag--kind tag--${speaker.kind}`}>{t(`handKinds.${speaker.kind}.name`)}</span>
            )}
          </p>
          <Countdown speaker={speaker} />
        </>
      ) : (
        <p className="hint">{t('room.queue.noSpeaker')}</p>
      )}
      {children}
    </div>
  );
}
