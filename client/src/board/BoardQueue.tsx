import { own, servingOrder } from '@dr/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../live/RoomContext';
import { useWholeItems } from '../ui/useWholeItems';
import { BoardTags } from './BoardTags';
import './BoardQueue.css';

const SHOWN = 3;

/**
 * The next three in the queue, in serving order, each marked in the room or remote; fewer when the
 * panel is short (during a consensus check), never a name cut in half: the rest are "and N more".
 */
export function BoardQueue() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const box = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const order = servingOrder(state);
  const next = order.slice(0, SHOWN);
  const hidden = useWholeItems(box, list, next.map((entry) => entry.memberId).join());
  const more = order.length - next.length + hidden;
  return (
    <section ref={box} className="board__panel board-queue" aria-labelledby="board-queue-heading">
      <h2 id="board-queue-heading" className="board__label">
        {t('board.next')}
      </h2>
      {next.length === 0 ? (
        <p className="board__empty">{t('board.queueEmpty')}</p>
      ) : (
        <ol ref={list} className="board-queue__list">
          {next.map((entry) => {
            const member = own(state.members, entry.memberId);
            return (
              <li key={entry.memberId} className="board-queue__item">
                <span className="board-queue__name">{member?.name ?? t('common.unknownMember')}</span>
                <BoardTags member={member} kind={entry.kind} />
              </li>
            );
          })}
        </ol>
      )}
      {more > 0 && <p className="board-queue__more">{t('board.more', { count: more })}</p>}
    </section>
  );
}
