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
  // The console's words (the follow-up namespace, loaded with it): a phone never shows this panel.
  const { t: tj } = useTranslation('followup');
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
        <span>{tj('joining.lockLabel')}</span>
      </label>
      {locked && <p className="hint">{tj('joining.locked')}</p>}
      {(locked || list.length > 0) && (
        <>
          <h3 id={`${id}-waiting`}>{tj('joining.waitingHeading')}</h3>
          {list.length === 0 ? (
            <p className="hint">{tj('joining.waitingEmpty')}</p>
          ) : (
            <ul className="members__list" aria-labelledby={`${id}-waiting`}>
              {list.map((w) => (
                <li key={w.waitingId} className="members__confirm-buttons">
                  <span>{w.name}</span>
                  <button
                    type="button"
                    className="button button--small button--primary"
                    disabled={busy}
                    aria-label={tj('joining.admitLabel', { name: w.name })}
                    onClick={() => void run({ type: 'joining.admit', waitingId: w.waitingId })}
                  >
                    {tj('joining.admit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    disabled={busy}
                    aria-label={tj('joining.turnAwayLabel', { name: w.name })}
                    onClick={() => void run({ type: 'joining.turnAway', waitingId: w.waitingId })}
                  >
                    {tj('joining.turnAway')}
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
