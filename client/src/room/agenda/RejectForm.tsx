import type { AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { ReasonForm } from './ReasonForm';

interface Props {
  item: AgendaItem;
  onDone: () => void;
}

/** The host turns a topic down, always with a reason everyone can read. */
export function RejectForm({ item, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonForm
      heading={t('room.reject.heading')}
      label={t('room.reject.reasonLabel')}
      submitLabel={t('room.reject.submit')}
      command={(reason) => ({ type: 'agenda.reject', itemId: item.id, reason })}
      onDone={onDone}
    />
  );
}
