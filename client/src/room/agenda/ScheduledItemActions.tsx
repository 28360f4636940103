import type { AgendaItem } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';
import { ItemEditForm } from './ItemEditForm';
import { StepSelect } from './StepSelect';

interface Props {
  item: AgendaItem;
  index: number;
  count: number;
}

/** The host's buttons for one topic on the agenda; Up and Down do what dragging does, by keyboard. */
export function ScheduledItemActions({ item, index, count }: Props) {
  const { t } = useTranslation();
  const { state, send } = useRoomView();
  const runner = useCommand(send);
  const { run, busy, error, dismiss } = runner;
  const [editing, setEditing] = useState(false);
  const active = state.activeItemId === item.id;
  const reorder = (position: number) => void run({ type: 'agenda.reorder', itemId: item.id, position });

  if (editing) return <ItemEditForm item={item} onDone={() => setEditing(false)} />;
  return (
    <div className="stack">
      <div className="row-actions">
        <button
          type="button"
          className="button button--small"
          disabled={busy || index === 0}
          onClick={() => reorder(index - 1)}
        >
          {t('room.agenda.up')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy || index === count - 1}
          onClick={() => reorder(index + 1)}
        >
          {t('room.agenda.down')}
        </button>
        {!active && (
          <CommandButton runner={runner} command={{ type: 'agenda.activate', itemId: item.id }} small tone="primary">
            {t('room.agenda.activate')}
          </CommandButton>
        )}
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </button>
        <CommandButton runner={runner} command={{ type: 'agenda.unschedule', itemId: item.id }} small>
          {t('room.agenda.unschedule')}
        </CommandButton>
      </div>
      <StepSelect item={item} />
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
