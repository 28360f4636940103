import { own, type AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';

/** The host locks a draft (read-only for everyone) or unlocks it; unlocking under an open round voids the round. */
export function DraftLockButton({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const command = item.draftLocked
    ? ({ type: 'draft.unlock', itemId: item.id } as const)
    : ({ type: 'draft.lock', itemId: item.id } as const);
  if (!can(state, you, command)) return null;
  const roundOpen = item.roundIds.some((id) => own(state.rounds, id)?.status === 'open');

  const onClick = () => {
    if (item.draftLocked && roundOpen && !window.confirm(t('draft.unlockVoidsRound'))) return;
    void run(command);
  };

  return (
    <div className="stack">
      <button type="button" className="button" disabled={busy} onClick={onClick}>
        {t(item.draftLocked ? 'draft.unlock' : 'draft.lock')}
      </button>
      {item.draftLocked && roundOpen && <p className="hint">{t('draft.unlockVoidsRound')}</p>}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
