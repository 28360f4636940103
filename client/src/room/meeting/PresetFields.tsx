import { MAJORITY_BASES, PRESET_RULES, QUORUM_BASES, RULE_PRESETS, type RulePreset, type Rules } from '@dr/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  shown: Rules;
  change: (patch: Partial<Rules>) => void;
}

/**
 * The rules form's law part: the kind of meeting (a preset: 村民会议, 村民代表会议, 土地承包方案, a
 * consultation, or custom rules) with its legal source, and what the quorum and the rule's share are
 * taken of. Choosing a preset fills in the rules it fixes (meeting/presets.ts); the server checks them.
 */
export function PresetFields({ id, shown, change }: Props) {
  const { t } = useTranslation('followup');
  const choose = (preset: RulePreset) => change({ ...PRESET_RULES[preset], preset });
  return (
    <fieldset className="stack">
      <legend>{t('law.rules.legend')}</legend>
      <div className="field">
        <label htmlFor={`${id}-preset`}>{t('law.rules.preset')}</label>
        <select
          id={`${id}-preset`}
          value={shown.preset}
          aria-describedby={`${id}-preset-source`}
          onChange={(e) => choose(e.target.value as RulePreset)}
        >
          {RULE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`law.presets.${p}`)}
            </option>
          ))}
        </select>
        <span id={`${id}-preset-source`} className="hint">
          {t('law.rules.source', { source: t(`law.presetSources.${shown.preset}`) })}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-quorum-of`}>{t('law.rules.quorumOf')}</label>
        <select
          id={`${id}-quorum-of`}
          value={shown.quorumOf}
          onChange={(e) => change({ quorumOf: e.target.value as Rules['quorumOf'] })}
        >
          {QUORUM_BASES.map((b) => (
            <option key={b} value={b}>
              {t(`law.rules.quorumOfOptions.${b}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-majority-of`}>{t('law.rules.majorityOf')}</label>
        <select
          id={`${id}-majority-of`}
          value={shown.majorityOf}
          onChange={(e) => change({ majorityOf: e.target.value as Rules['majorityOf'] })}
        >
          {MAJORITY_BASES.map((b) => (
            <option key={b} value={b}>
              {t(`law.rules.majorityOfOptions.${b}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
