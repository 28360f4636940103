import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../room/queue/Countdown';
import { useRoomView } from '../live/RoomContext';
import { BoardTags } from './BoardTags';
import './BoardSpeaker.css';

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
              <BoardTags member={member} kind={speaker.kind} />
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
