import { placeInQueue, type HandKind } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { HandKindChoice } from './HandKindChoice';
import './HandControls.css';

/**
 * A member's own hand: what kind of turn, the big Raise hand / Lower hand button, the place in the
 * queue ("you are 3rd"), and yielding the floor while speaking.
 */
export function HandControls({ youId }: { youId: string }) {
  const { t } = useTranslation();
  const { state, send, outbox } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [kind, setKind] = useState<HandKind>('speak');
  const place = placeInQueue(state, youId);
  const entry = state.queue.find((e) => e.memberId === youId);
  const speaking = state.speaker?.memberId === youId;
  const chosen = kind === 'pointOfOrder' && !state.rules.pointsOfOrder ? 'speak' : kind;
  // A hand raised while offline waits in the outbox: the button itself says so, not only the banner.
  const waiting = outbox.some((e) => e.deferred && e.status !== 'refused' && e.command.type === 'queue.raise');

  return (
    <div className="stack hand">
      {speaking && <p className="hand__status hand__status--floor">{t('room.queue.youHaveFloor')}</p>}
      {place === 1 && <p className="hand__status hand__status--next">{t('room.queue.youAreNext')}</p>}
      {place !== null && place > 1 && (
        <p className="hand__status">{t('room.queue.place', { count: place, ordinal: true })}</p>
      )}
      {entry && entry.kind !== 'speak' && (
        <p className="hint">{t('room.queue.yourKind', { kind: t(`handKinds.${entry.kind}.name`) })}</p>
      )}

      {speaking ? (
        <button
          type="button"
          className="button button--big"
          disabled={busy}
          onClick={() => state.speaker && void run({ type: 'speaker.end', turnId: state.speaker.turnId })}
        >
          {t('room.queue.endMyTurn')}
        </button>
      ) : entry ? (
        <>
          {/* Another kind for the raised hand keeps its place: no lowering and raising again. */}
          <HandKindChoice
            value={entry.kind}
            onChange={(next) => next !== entry.kind && void run({ type: 'queue.raise', kind: next })}
            pointsOfOrder={state.rules.pointsOfOrder}
          />
          <button
            type="button"
            className="button button--big button--hand-raised"
            disabled={busy}
            onClick={() => void run({ type: 'queue.lower' })}
          >
            {t('room.queue.lower')}
          </button>
        </>
      ) : waiting ? (
        <button type="button" className="button button--huge button--hand-waiting" disabled>
          {t('room.queue.raiseWaiting')}
        </button>
      ) : (
        <>
          <HandKindChoice value={chosen} onChange={setKind} pointsOfOrder={state.rules.pointsOfOrder} />
          <button
            type="button"
            className="button button--huge button--primary"
            disabled={busy}
            onClick={() => void run({ type: 'queue.raise', kind: chosen })}
          >
            {t('room.queue.raise')}
          </button>
        </>
      )}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
