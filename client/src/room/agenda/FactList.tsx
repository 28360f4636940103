import { type AgendaItem, presentFact, roomTimeZone } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { FactItem } from './FactItem';
import { RetractFactForm } from './RetractFactForm';
import './FactList.css';

/**
 * The facts established for a topic (明事), each with its source, who recorded it and when, as the
 * notice and the minutes show them (the shared presenter). A retracted fact stays, marked with why;
 * the host may retract a wrong one.
 */
export function FactList({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { state, you } = useRoomView();
  const [retracting, setRetracting] = useState<string | null>(null);
  if (item.facts.length === 0) return <p className="hint">{t('room.facts.none')}</p>;
  const timeZone = roomTimeZone(state);
  return (
    <ul className="plain-list facts">
      {item.facts.map((fact) => {
        const shown = presentFact(state, fact);
        const mayRetract = canAttempt(state, you, { type: 'agenda.retractFact', itemId: item.id, factId: fact.id });
        return (
          <FactItem key={fact.id} fact={shown} timeZone={timeZone}>
            {mayRetract &&
              (retracting === fact.id ? (
                <RetractFactForm itemId={item.id} factId={fact.id} onDone={() => setRetracting(null)} />
              ) : (
                <button type="button" className="button button--small" onClick={() => setRetracting(fact.id)}>
                  {t('room.facts.retract')}
                </button>
              ))}
          </FactItem>
        );
      })}
    </ul>
  );
}
