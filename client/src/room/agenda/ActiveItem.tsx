import { own } from '@dr/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { FactList } from './FactList';
import { InterestList } from './InterestList';
import { StepIndicator } from './StepIndicator';
import { stepLabel } from './stepLabel';
import { activeEmpty } from './emptyStates';
import './ActiveItem.css';

/** The topic being discussed now: title, step, details and facts; the host's tools go below. */
export function ActiveItem({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  if (!item) {
    return (
      <p className="hint">{activeEmpty(state) === 'noneYet' ? t('room.active.none') : t('room.active.between')}</p>
    );
  }
  const number = state.agenda.indexOf(item.id) + 1;

  return (
    <div className="stack active-item">
      {number > 0 && <p className="hint">{t('room.active.itemOf', { n: number, total: state.agenda.length })}</p>}
      <h3 className="active-item__title">{item.title}</h3>
      <p className="active-item__step">{stepLabel(t, item.step)}</p>
      <StepIndicator step={item.step} />
      {item.description && <p className="active-item__description">{item.description}</p>}
      {item.timeboxSec !== null && (
        <p className="hint">{t('room.agenda.timebox', { minutes: Math.round(item.timeboxSec / 60) })}</p>
      )}
      <h4>{t('room.facts.heading')}</h4>
      <FactList item={item} />
      <h4>{t('room.interests.heading')}</h4>
      <InterestList interests={item.interests} />
      {children}
    </div>
  );
}
