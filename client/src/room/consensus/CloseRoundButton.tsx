import type { Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';

/** The host closes the round: the rule in force when it opened gives the outcome. */
export function CloseRoundButton({ round }: { round: Round }) {
  const { t } = useTranslation();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const command = { type: 'consensus.close', roundId: round.id } as const;
  if (!can(state, you, command)) return null;
  return (
    <div className="stack">
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(command)}>
        {t('consensus.close')}
      </button>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
