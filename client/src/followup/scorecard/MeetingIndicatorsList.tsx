import { meetingIndicators } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useServerNow } from '../../live/useServerNow';
import { useRoomView } from '../../live/RoomContext';
import { useNumberText } from './useNumberText';
import './MeetingIndicatorsList.css';

/**
 * Figures computed from the record (the shared `meetingIndicators`), beside the scores so they can
 * be checked against what happened: who came, who spoke and how evenly, what was decided and done.
 */
export function MeetingIndicatorsList() {
  const { t } = useTranslation('followup');
  const { state, clockOffset } = useRoomView();
  const number = useNumberText();
  const speaking = state.speaker !== null && state.speaker.pausedAt === null;
  const now = useServerNow(clockOffset, speaking);
  const { attendance, speaking: s, decisions, actions } = meetingIndicators(state, now);

  const rows: [string, string][] = [
    [t('indicators.attendance'), t('indicators.attendanceValue', attendance)],
    [
      t('indicators.speakers'),
      t('indicators.speakersValue', {
        count: s.distinctSpeakers,
        total: attendance.total,
        share: number.share(s.speakerShare),
      }),
    ],
    [t('indicators.topShare'), number.share(s.topSpeakerShare)],
    [t('indicators.gini'), number.coefficient(s.memberGini)],
    // With one group (or none named) there is nothing to balance across.
    [t('indicators.groupGini'), number.coefficient(s.byGroup.length > 1 ? s.groupGini : null)],
    [t('indicators.decisions'), t('indicators.decisionsValue', decisions)],
    [t('indicators.withActions'), number.share(actions.adoptedWithActionsShare)],
    [
      t('indicators.doneOnTime'),
      t('indicators.doneOnTimeValue', {
        share: number.share(actions.doneOnTimeShare),
        done: actions.doneOnTime,
        due: actions.due,
      }),
    ],
    [t('indicators.overdue'), String(actions.overdue)],
  ];

  return (
    <dl className="indicator-list">
      {rows.map(([term, value]) => (
        <div key={term} className="indicator-list__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
