import { HAND_KINDS, type HandKind } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './HandKindChoice.css';

interface Props {
  value: HandKind;
  onChange: (kind: HandKind) => void;
  /** Whether the meeting rules allow points of order. */
  pointsOfOrder: boolean;
}

/** Speak, reply to the speaker, or raise a point of order: large radio buttons for a thumb. */
export function HandKindChoice({ value, onChange, pointsOfOrder }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const kinds = HAND_KINDS.filter((kind) => kind !== 'pointOfOrder' || pointsOfOrder);
  return (
    <fieldset className="kind-choice">
      <legend>{t('room.queue.kindLegend')}</legend>
      {kinds.map((kind) => (
        <label key={kind} className={kind === value ? 'policy-option policy-option--on' : 'policy-option'}>
          <input type="radio" name={name} value={kind} checked={kind === value} onChange={() => onChange(kind)} />
          <span>
            <span className="policy-option__name">{t(`handKinds.${kind}.name`)}</span>
            <span className="kind-choice__help">{t(`handKinds.${kind}.help`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
