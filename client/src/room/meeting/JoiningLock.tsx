import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';

/**
 * Locking joining (issue 30): the host lets in only the roster (members who hold their link) and
 * the people they admit; a new name waits on the list below, to be let in or turned away.
 */
export function JoiningLock() {
  const { t } = useTranslation();
  const id = useId();
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const { locked, waiting } = state.joining;
  const list = Object.values(waiting).sort((a, b) => a.requestedAt - b.requestedAt);

  return (
    <div className="stack">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={locked}
          disabled={busy}
          onChange={(e) => void run({ type: 'joining.lock', locked: e.target.checked })}
        />
        <span>{t('room.joining.lockLabel')}</span>
      </label>
      {locked && <p className="hint">{t('room.joining.locked')}</p>}
      {(locked || list.length > 0) && (
        <>
          <h3 id={`${id}-waiting`}>{t('room.joining.waitingHeading')}</h3>
          {list.length === 0 ? (
            <p className="hint">{t('room.joining.waitingEmpty')}</p>
          ) : (
            <ul className="members__list" aria-labelledby={`${id}-waiting`}>
              {list.map((w) => (
                <li key={w.waitingId} className="members__confirm-buttons">
                  <span>{w.name}</span>
                  <button
                    type="button"
                    className="button button--small button--primary"
                    disabled={busy}
                    aria-label={t('room.joining.admitLabel', { name: w.name })}
                    onClick={() => void run({ type: 'joining.admit', waitingId: w.waitingId })}
                  >
                    {t('room.joining.admit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    disabled={busy}
                    aria-label={t('room.joining.turnAwayLabel', { name: w.name })}
                    onClick={() => void run({ type: 'joining.turnAway', waitingId: w.waitingId })}
                  >
                    {t('room.joining.turnAway')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
