import type { AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';

/** Support a topic, or withdraw the support: the same command toggles. */
export function SupportButton({ item, youId }: { item: AgendaItem; youId: string }) {
  const { t } = useTranslation();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const supported = item.supporters.includes(youId);
  return (
    <>
      <button
        type="button"
        className={supported ? 'button button--support button--support-on' : 'button button--support'}
        aria-pressed={supported}
        disabled={busy}
        onClick={() => void run({ type: 'agenda.support', itemId: item.id })}
      >
        {supported ? t('room.proposals.supported') : t('room.proposals.support')}
      </button>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </>
  );
}
