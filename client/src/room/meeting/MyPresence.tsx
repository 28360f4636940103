import { decide, own, type Presence } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../live/errorMessage';
import { useRefusalTexts } from '../../live/refusalTexts';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import '../../ui/segmented.css';

// The join screen's own words, so the choice reads the same here.
const CHOICES = [
  { presence: 'in_room', label: 'join.inRoom' },
  { presence: 'remote', label: 'join.remote' },
] as const satisfies readonly { presence: Presence; label: string }[];

/**
 * Where a member takes part, and a way to change it: someone who joined from home walks into the
 * hall, or a council member seated as remote is in fact there. Turns that alternate between the room
 * and remote speakers, and the hand count, go by it.
 */
export function MyPresence({ youId }: { youId: string }) {
  const { t, i18n } = useTranslation();
  useRefusalTexts(); // a refusal made here (or said before a language switch) needs the texts
  const headingId = useId();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const current = own(state.members, youId)?.presence;
  // The rule's own answer for the other side (the shared decide, as `can` asks it): while your hand
  // is up or you have the floor, it says why not.
  const other = current === 'in_room' ? 'remote' : 'in_room';
  const ruling = decide(state, you, { type: 'member.setPresence', presence: other }, state.updatedAt);
  const refused = ruling.ok ? null : ruling.error;

  return (
    <div className="stack">
      <h3 id={headingId}>{t('room.myPresence.heading')}</h3>
      <div className="segmented" role="group" aria-labelledby={headingId}>
        {CHOICES.map(({ presence, label }) => (
          <button
            key={presence}
            type="button"
            className="button segmented__option"
            aria-pressed={current === presence}
            disabled={busy || (presence !== current && refused !== null)}
            onClick={() => current !== presence && void run({ type: 'member.setPresence', presence })}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {refused?.reason === 'member.presenceInQueue' && (
        <p className="hint">{errorMessage(t, i18n.resolvedLanguage, refused)}</p>
      )}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
