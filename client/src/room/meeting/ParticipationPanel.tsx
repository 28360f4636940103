import { attendingMembers, formatClock, own, participation } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useServerNow } from '../../live/useServerNow';
import { useRoomView } from '../../live/RoomContext';
import { useGroupLabel } from './useGroupLabel';
import { ShareBar } from './ShareBar';
import './ParticipationPanel.css';
import { FiguresTable } from '../../ui/FiguresTable';

/** Spoken time, rounded down to whole seconds. */
const spoken = (ms: number) => formatClock(Math.floor(ms / 1000) * 1000);

/**
 * Who has been heard (多元参与, against 议难成): turns and time per member and per group, how many
 * different people spoke, and the in-room / remote share. Live while someone speaks.
 */
export function ParticipationPanel() {
  const { t } = useTranslation();
  const { state, clockOffset } = useRoomView();
  const groupLabel = useGroupLabel();
  const speaker = state.speaker;
  const now = useServerNow(clockOffset, speaker !== null && speaker.pausedAt === null);
  const figures = participation(state, now);
  // Of those who came: a council's roster member seated in advance counts once they arrived.
  const members = attendingMembers(state);
  const groups = Object.entries(figures.byGroup).sort((a, b) => b[1].spokenMs - a[1].spokenMs);

  return (
    <div className="stack participation">
      <p className="participation__headline">
        {t('room.participation.speakers', { count: figures.distinctSpeakers, total: members.length })}
        {' · '}
        {t('room.participation.total', { count: figures.total.turns, time: spoken(figures.total.spokenMs) })}
      </p>
      <ShareBar inRoomMs={figures.byPresence.in_room.spokenMs} remoteMs={figures.byPresence.remote.spokenMs} />

      {groups.length > 0 && (
        <FiguresTable
          caption={t('room.participation.byGroup')}
          columns={[t('room.participation.group'), t('room.participation.turns'), t('room.participation.time')]}
        >
          {groups.map(([group, tally]) => (
            <tr key={group}>
              <th scope="row">{group ? groupLabel(group) : t('groups.none')}</th>
              <td>{tally.turns}</td>
              <td>{spoken(tally.spokenMs)}</td>
            </tr>
          ))}
        </FiguresTable>
      )}

      {members.length > 0 && (
        <FiguresTable
          caption={t('room.participation.byMember')}
          columns={[t('room.participation.member'), t('room.participation.turns'), t('room.participation.time')]}
        >
          {members.map((member) => {
            const tally = own(figures.byMember, member.id);
            return (
              <tr key={member.id} className={tally ? undefined : 'figures__silent'}>
                <th scope="row">
                  {member.name}
                  <span className="hint"> · {t(`presence.${member.presence}`)}</span>
                </th>
                <td>{tally?.turns ?? 0}</td>
                <td>{spoken(tally?.spokenMs ?? 0)}</td>
              </tr>
            );
          })}
        </FiguresTable>
      )}
    </div>
  );
}
