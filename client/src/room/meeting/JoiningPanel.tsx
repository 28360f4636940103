import { idleMembersJoined, joinedInLastMinute } from '@dr/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { useServerNow } from '../../live/useServerNow';

/** The windows the host may clear, in minutes. */
const WINDOWS = [5, 15, 60] as const;

/**
 * Joining as it happens (issue 30): how many joined in the last minute, how many joined and have
 * not taken part, and removing at once those who joined in a recent window and did nothing (a flood
 * of names from someone who read the join code). Removing asks again first; Cancel gets the focus.
 */
export function JoiningPanel() {
  const { t } = useTranslation();
  // The console's words (the follow-up namespace, loaded with it): a phone never shows this panel.
  const { t: tj } = useTranslation('followup');
  const id = useId();
  const { state, send, clockOffset } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [minutes, setMinutes] = useState<(typeof WINDOWS)[number]>(5);
  const [asking, setAsking] = useState(false);
  const now = useServerNow(clockOffset, true);
  const lastMinute = joinedInLastMinute(state, now);
  const idleAll = idleMembersJoined(state, 0, now).length;
  const window = { joinedFrom: Math.max(0, Math.floor(now - minutes * 60_000)), joinedTo: Math.floor(now) };
  const idle = idleMembersJoined(state, window.joinedFrom, window.joinedTo).length;

  const remove = async () => {
    if (await run({ type: 'member.removeIdle', ...window })) setAsking(false);
  };

  return (
    <div className="stack">
      <p>
        <output aria-live="polite" data-testid="joined-last-minute">
          {tj('joining.lastMinute', { count: lastMinute })}
        </output>
      </p>
      <p>{tj('joining.idle', { count: idleAll })}</p>
      <div className="field">
        <label htmlFor={`${id}-window`}>{tj('joining.windowLabel')}</label>
        <select
          id={`${id}-window`}
          value={minutes}
          onChange={(e) => setMinutes(Number(e.target.value) as (typeof WINDOWS)[number])}
        >
          {WINDOWS.map((m) => (
            <option key={m} value={m}>
              {tj('joining.window', { count: m })}
            </option>
          ))}
        </select>
      </div>
      {!asking ? (
        <button type="button" className="button button--small" disabled={idle === 0} onClick={() => setAsking(true)}>
          {tj('joining.removeIdle', { count: idle })}
        </button>
      ) : (
        <div className="members__confirm stack" role="group" aria-label={tj('joining.removeIdle', { count: idle })}>
          <p>{tj('joining.confirm', { count: idle })}</p>
          <div className="members__confirm-buttons">
            <button
              type="button"
              className="button button--small button--danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {tj('joining.confirmButton', { count: idle })}
            </button>
            <button type="button" className="button button--small" autoFocus onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
