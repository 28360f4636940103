import { MAJORITY_BASES, PRESET_RULES, QUORUM_BASES, RULE_PRESETS, type RulePreset, type Rules } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { choicesOf, SelectField } from '../../ui/SelectField';

interface Props {
  shown: Rules;
  change: (patch: Partial<Rules>) => void;
}

/**
 * The rules form's law part: the kind of meeting (a preset: 村民会议, 村民代表会议, 土地承包方案, a
 * consultation, or custom rules) with its legal source, and what the quorum and the rule's share are
 * taken of. Choosing a preset fills in the rules it fixes (meeting/presets.ts); the server checks them.
 */
export function PresetFields({ shown, change }: Props) {
  const { t } = useTranslation('followup');
  const choose = (preset: RulePreset) => change({ ...PRESET_RULES[preset], preset });
  return (
    <fieldset className="stack">
      <legend>{t('law.rules.legend')}</legend>
      <SelectField
        label={t('law.rules.preset')}
        value={shown.preset}
        onChange={choose}
        choices={choicesOf(RULE_PRESETS, (p) => t(`law.presets.${p}`))}
        hint={t('law.rules.source', { source: t(`law.presetSources.${shown.preset}`) })}
      />
      <SelectField
        label={t('law.rules.quorumOf')}
        value={shown.quorumOf}
        onChange={(quorumOf) => change({ quorumOf })}
        choices={choicesOf(QUORUM_BASES, (b) => t(`law.rules.quorumOfOptions.${b}`))}
      />
      <SelectField
        label={t('law.rules.majorityOf')}
        value={shown.majorityOf}
        onChange={(majorityOf) => change({ majorityOf })}
        choices={choicesOf(MAJORITY_BASES, (b) => t(`law.rules.majorityOfOptions.${b}`))}
      />
    </fieldset>
  );
}
