import type { RoomState } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { MemberLabel } from './MemberLabel';

interface Props {
  state: RoomState;
  youId: string | null;
}

/** Who has the floor, and the raised hands in the order they will be served. */
export function SpeakingQueue({ state, youId }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div className="speaker">
        <h3 className="speaker__heading">{t('room.queue.speakerHeading')}</h3>
        {state.speaker ? (
          <p className="speaker__name">
            <MemberLabel state={state} memberId={state.speaker.memberId} youId={youId} />
          </p>
        ) : (
          <p className="hint">{t('room.queue.noSpeaker')}</p>
        )}
      </div>
      {state.queue.length === 0 ? (
        <p className="hint">{t('room.queue.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('room.queue.waiting', { count: state.queue.length })}</p>
          <ol className="queue">
            {state.queue.map((entry) => (
              <li
                key={entry.memberId}
                className={entry.memberId === youId ? 'queue__item queue__item--you' : 'queue__item'}
              >
                <MemberLabel state={state} memberId={entry.memberId} youId={youId} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
