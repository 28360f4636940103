import { attendanceNow } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../live/RoomContext';
import { AttendanceFigures } from '../room/meeting/AttendanceFigures';
import './BoardAttendance.css';

/**
 * The board's header line of the law: who is entitled and present ("应到 120 · 实到 61", members and
 * the hall's headcount), and the kind of meeting with its legal source, for everyone in the hall.
 * The figures are the state's roll: the board needs no member pages for them.
 */
export function BoardAttendance() {
  const { t } = useTranslation('followup');
  const { state } = useRoomView();
  const { preset, eligibleCount } = state.rules;
  return (
    <div className="board-attendance">
      <AttendanceFigures
        attendance={attendanceNow(state)}
        eligible={eligibleCount}
        className="board-attendance__figures"
      />
      <p className="board-attendance__preset">
        {t('law.board.preset', { preset: t(`law.presets.${preset}`), source: t(`law.presetArticles.${preset}`) })}
      </p>
    </div>
  );
}
