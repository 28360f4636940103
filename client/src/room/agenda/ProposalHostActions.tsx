import type { AgendaItem } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';
import { ItemEditForm } from './ItemEditForm';
import { RejectForm } from './RejectForm';

type Open = 'none' | 'edit' | 'reject';

/** The host takes a proposed topic onto the agenda, discusses it at once, edits or rejects it. */
export function ProposalHostActions({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { send } = useRoomView();
  const runner = useCommand(send);
  const { error, dismiss } = runner;
  const [open, setOpen] = useState<Open>('none');
  const close = () => setOpen('none');

  if (open === 'edit') return <ItemEditForm item={item} onDone={close} />;
  if (open === 'reject') return <RejectForm item={item} onDone={close} />;
  return (
    <div className="stack">
      <div className="row-actions">
        <CommandButton runner={runner} command={{ type: 'agenda.schedule', itemId: item.id }} small tone="primary">
          {t('room.proposals.schedule')}
        </CommandButton>
        <CommandButton runner={runner} command={{ type: 'agenda.activate', itemId: item.id }} small>
          {t('room.agenda.activate')}
        </CommandButton>
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
