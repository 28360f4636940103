import { membersInOrder, type HandKind } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { HandKindChoice } from './HandKindChoice';

/**
 * The host raises a hand for someone, e.g. a person in the room without a phone. Only people whose
 * hand the shared rules would accept now are offered.
 */
export function RaiseForMember({ preselect }: { preselect?: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [kind, setKind] = useState<HandKind>('speak');
  const [chosen, setChosen] = useState(preselect ?? '');
  const candidates = membersInOrder(state).filter((m) =>
    can(state, you, { type: 'queue.raise', memberId: m.id, kind }),
  );
  const memberId = candidates.some((m) => m.id === chosen) ? chosen : (candidates[0]?.id ?? '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (memberId) void run({ type: 'queue.raise', memberId, kind });
  };

  return (
    <form className="stack subcard" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('room.raiseFor.heading')}</h3>
      {candidates.length === 0 ? (
        <p className="hint">{t('room.raiseFor.nobody')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-member`}>{t('room.raiseFor.memberLabel')}</label>
            <select id={`${id}-member`} value={memberId} onChange={(e) => setChosen(e.target.value)}>
              {candidates.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} · {t(`presence.${m.presence}`)}
                </option>
              ))}
            </select>
          </div>
          <HandKindChoice value={kind} onChange={setKind} pointsOfOrder={state.rules.pointsOfOrder} />
          {error && <Alert message={error} onDismiss={dismiss} />}
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('room.raiseFor.submit')}
          </button>
        </>
      )}
    </form>
  );
}
