import { useTranslation } from 'react-i18next';
import './ShareBar.css';

interface Props {
  inRoomMs: number;
  remoteMs: number;
}

/** Speaking time in the room against remote, as a two-part bar with the numbers in words. */
export function ShareBar({ inRoomMs, remoteMs }: Props) {
  const { t } = useTranslation();
  const total = inRoomMs + remoteMs;
  const inRoom = total === 0 ? 0 : Math.round((inRoomMs / total) * 100);
  const remote = total === 0 ? 0 : 100 - inRoom;
  const words = t('room.participation.share', { inRoom, remote });
  return (
    <div className="share">
      <p>{words}</p>
      <div className="share__bar" aria-hidden="true">
        {total > 0 && (
          <>
            <span className="share__part share__part--in_room" style={{ width: `${inRoom}%` }} />
            <span className="share__part share__part--remote" style={{ width: `${remote}%` }} />
          </>
        )}
      </div>
    </div>
  );
}
