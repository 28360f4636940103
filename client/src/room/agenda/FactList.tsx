import { type AgendaItem, presentFact, roomTimeZone } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { isoInstant, momentText } from '../../i18n/dateText';
import { RetractFactForm } from './RetractFactForm';
import './FactList.css';

/**
 * The facts established for a topic (明事), each with its source, who recorded it and when, as the
 * notice and the minutes show them (the shared presenter). A retracted fact stays, marked with why;
 * the host may retract a wrong one.
 */
export function FactList({ item }: { item: AgendaItem }) {
  const { t, i18n } = useTranslation();
  const { state, you } = useRoomView();
  const [retracting, setRetracting] = useState<string | null>(null);
  if (item.facts.length === 0) return <p className="hint">{t('room.facts.none')}</p>;
  const timeZone = roomTimeZone(state);
  const when = (ms: number) => <time dateTime={isoInstant(ms)}>{momentText(ms, i18n.resolvedLanguage, timeZone)}</time>;
  return (
    <ul className="plain-list facts">
      {item.facts.map((fact) => {
        const shown = presentFact(state, fact);
        const mayRetract = canAttempt(state, you, { type: 'agenda.retractFact', itemId: item.id, factId: fact.id });
        return (
          <li key={fact.id} className={`facts__item${shown.retracted ? ' facts__item--retracted' : ''}`}>
            <p className="facts__text">{shown.text}</p>
            {shown.source && <p className="hint">{t('room.facts.source', { source: shown.source })}</p>}
            <p className="hint">
              {t('room.facts.recorded', { who: shown.recordedBy ?? t('room.facts.host') })} {when(shown.recordedAt)}
            </p>
            {shown.retracted && (
              <p className="facts__retracted">
                {t('room.facts.retracted', {
                  who: shown.retracted.by ?? t('room.facts.host'),
                  reason: shown.retracted.reason,
                })}{' '}
                {when(shown.retracted.at)}
              </p>
            )}
            {mayRetract &&
              (retracting === fact.id ? (
                <RetractFactForm itemId={item.id} factId={fact.id} onDone={() => setRetracting(null)} />
              ) : (
                <button type="button" className="button button--small" onClick={() => setRetracting(fact.id)}>
                  {t('room.facts.retract')}
                </button>
              ))}
          </li>
        );
      })}
    </ul>
  );
}
