import { own, presentFact } from '@dr/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../live/RoomContext';
import { useWholeItems } from '../ui/useWholeItems';
import './BoardFacts.css';

/**
 * At step 2 (明事), the middle of the board: the facts established for the topic, each with its
 * source, so the hall reads the same facts the record keeps. Retracted facts are left out (the
 * room and the notice show them struck through); the newest facts come first, and those that do
 * not fit whole give way to "and N more".
 */
export function BoardFacts({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const facts = (own(state.items, itemId)?.facts ?? [])
    .filter((fact) => !fact.retracted)
    .map((fact) => presentFact(state, fact))
    .reverse();
  const hidden = useWholeItems(box, list, facts.map((f) => f.id).join());
  return (
    <section className="board__panel board-main board-facts" aria-labelledby="board-facts-heading">
      <h2 id="board-facts-heading" className="board__label">
        {t('room.facts.heading')}
      </h2>
      <div ref={box} className="board-facts__box">
        {facts.length === 0 ? (
          <p className="board__empty">{t('room.facts.none')}</p>
        ) : (
          <ul ref={list} className="board-facts__list">
            {facts.map((fact) => (
              <li key={fact.id} className="board-facts__item">
                <p className="board-facts__text">{fact.text}</p>
                {fact.source && (
                  <p className="board-facts__source">{t('room.facts.source', { source: fact.source })}</p>
                )}
              </li>
            ))}
          </ul>
        )}
        {hidden > 0 && <p className="board-facts__more">{t('board.moreFacts', { count: hidden })}</p>}
      </div>
    </section>
  );
}
