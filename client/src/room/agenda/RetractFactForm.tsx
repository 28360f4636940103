import { useTranslation } from 'react-i18next';
import { ReasonForm } from './ReasonForm';

interface Props {
  itemId: string;
  factId: string;
  onDone: () => void;
}

/** The host withdraws a wrong fact, with a reason; the record keeps the fact, marked retracted. */
export function RetractFactForm({ itemId, factId, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonForm
      heading={t('room.facts.retractHeading')}
      label={t('room.facts.retractReason')}
      submitLabel={t('room.facts.retractSubmit')}
      command={(reason) => ({ type: 'agenda.retractFact', itemId, factId, reason })}
      onDone={onDone}
    />
  );
}
