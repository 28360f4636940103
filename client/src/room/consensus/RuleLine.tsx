import type { DecisionRule } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './RuleLine.css';

/** The decision rule a round is decided by, named and explained (定会纪). */
export function RuleLine({ rule }: { rule: DecisionRule }) {
  const { t } = useTranslation();
  return (
    <p className="rule-line">
      {t('consensus.ruleLine', { rule: t(`decisionRules.${rule}.name`), help: t(`decisionRules.${rule}.help`) })}
    </p>
  );
}
