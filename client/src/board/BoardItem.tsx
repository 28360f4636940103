import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { activeEmpty } from '../room/agenda/emptyStates';
import { StepIndicator } from '../room/agenda/StepIndicator';
import { stepLabel } from '../room/agenda/stepLabel';
import { useRoomView } from '../live/RoomContext';
import { InterestList } from '../room/agenda/InterestList';
import './BoardItem.css';

/** The topic under discussion, where it stands in the agenda ("item 2 of 5") and in the six steps. */
export function BoardItem() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  const number = item ? state.agenda.indexOf(item.id) + 1 : 0;
  return (
    <section className="board__panel board-item" aria-labelledby="board-item-heading">
      <h2 id="board-item-heading" className="board__label">
        {item && number > 0 ? t('board.itemOf', { n: number, total: state.agenda.length }) : t('room.active.heading')}
      </h2>
      {item ? (
        <>
          <p className="board-item__title">{item.title}</p>
          <p className="board-item__step">{stepLabel(t, item.step)}</p>
          <StepIndicator step={item.step} size="board" className="board-item__steps" />
          <InterestList interests={item.interests} size="board" />
        </>
      ) : (
        <p className="board__empty">
          {state.agenda.length > 0
            ? t('board.agendaCount', { count: state.agenda.length })
            : activeEmpty(state) === 'noneYet'
              ? t('room.active.none')
              : t('room.active.between')}
        </p>
      )}
    </section>
  );
}
