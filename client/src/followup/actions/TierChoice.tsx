import { ACTION_TIERS, type ActionTier } from '@dr/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  value: ActionTier | null;
  onChange: (tier: ActionTier) => void;
}

/** Who carries an item out (分层分类办事): residents, the committee, the township, or a department. */
export function TierChoice({ name, value, onChange }: Props) {
  const { t } = useTranslation('followup');
  return (
    <fieldset className="choices">
      <legend>{t('create.tier')}</legend>
      {ACTION_TIERS.map((tier) => (
        <label key={tier} className={tier === value ? 'policy-option policy-option--on' : 'policy-option'}>
          <input
            type="radio"
            name={name}
            value={tier}
            required
            checked={tier === value}
            onChange={() => onChange(tier)}
          />
          <span>
            <span className="policy-option__name">{t(`tiers.${tier}`)}</span>
            <span className="hint">{t(`tierHelp.${tier}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
