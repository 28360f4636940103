import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../room/queue/Countdown';
import { useRoomView } from '../live/RoomContext';

/** The speaker's name and countdown, large enough for the back of a hall. */
export function BoardSpeaker() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const { speaker } = state;
  const member = speaker ? own(state.members, speaker.memberId) : undefined;
  return (
    <section className="board__panel board-speaker" aria-labelledby="board-speaker-heading">
      <h2 id="board-speaker-heading" className="board__label">
        {t('board.speaking')}
      </h2>
      {speaker ? (
        <div className="board-speaker__body">
          <div className="board-speaker__who">
            <p className="board-speaker__name">{member?.name ?? t('common.unknownMember')}</p>
            <p className="board-speaker__tags">
              {member && (
                <span className={`board-tag board-tag--${member.presence}`}>{t(`presence.${member.presence}`)}</span>
              )}
              {speaker.kind !== 'speak' && (
                <span className="board-tag board-tag--kind">{t(`handKinds.${speaker.kind}.name`)}</span>
              )}
            </p>
          </div>
          <Countdown speaker={speaker} size="board" />
        </div>
      ) : (
        <p className="board__empty">{t('board.nobodySpeaking')}</p>
      )}
    </section>
  );
}
