import type { AgendaItem } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { ItemEditForm } from './ItemEditForm';
import { RejectForm } from './RejectForm';

type Open = 'none' | 'edit' | 'reject';

/** The host takes a proposed topic onto the agenda, discusses it at once, edits or rejects it. */
export function ProposalHostActions({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [open, setOpen] = useState<Open>('none');
  const close = () => setOpen('none');

  if (open === 'edit') return <ItemEditForm item={item} onDone={close} />;
  if (open === 'reject') return <RejectForm item={item} onDone={close} />;
  return (
    <div className="stack">
      <div className="row-actions">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={busy}
          onClick={() => void run({ type: 'agenda.schedule', itemId: item.id })}
        >
          {t('room.proposals.schedule')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void run({ type: 'agenda.activate', itemId: item.id })}
        >
          {t('room.agenda.activate')}
        </button>
        <button type="button" className="button button--small" onClick={() => setOpen('edit')}>
          {t('common.edit')}
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => setOpen('reject')}>
          {t('room.proposals.reject')}
        </button>
      </div>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
