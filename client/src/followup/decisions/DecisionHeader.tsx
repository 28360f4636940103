import type { DecisionRule, LevelCounts, Outcome } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { DecisionTally } from './DecisionTally';
import './DecisionHeader.css';

interface Props {
  itemTitle: string;
  statement: string;
  text: string;
  outcome: Outcome;
  rule: DecisionRule;
  counts: LevelCounts;
  /** Interests declared in the topic (利益回避), by name, and whether the rules let those members vote. */
  interests: readonly { name: string; note: string }[];
  interestedMayVote: boolean;
  heading: 'h3' | 'h4';
  /** For the card around it to take its name from the topic. */
  headingId?: string;
}

/** A recorded decision (定结果): the topic, what was decided, the outcome under its rule, the tally and the text. */
export function DecisionHeader({
  itemTitle,
  statement,
  text,
  outcome,
  rule,
  counts,
  interests,
  interestedMayVote,
  heading: Heading,
  headingId,
}: Props) {
  const { t } = useTranslation('followup');
  const responses = counts.reduce((sum, n) => sum + n, 0);
  return (
    <div className="decision-header stack">
      <div className="decision-header__top">
        <Heading id={headingId} className="decision-header__item">
          {itemTitle}
        </Heading>
        <span className={`tag outcome-tag outcome-tag--${outcome}`}>{t(`outcomes.${outcome}`)}</span>
      </div>
      <p className="decision-header__statement">
        <span className="decision-header__label">
          {t('decisions.statement')}
          {t('decisions.colon')}
        </span>
        {statement}
      </p>
      <p className="hint">
        {t('decisions.rule', { rule: t(`rules.${rule}`) })} · {t('decisions.responses', { count: responses })}
      </p>
      <DecisionTally counts={counts} />
      {interests.length > 0 && (
        <div className="decision-header__interests">
          <p className="decision-header__label">{t('decisions.interests')}</p>
          <ul>
            {interests.map((d) => (
              <li key={d.name + d.note}>
                {d.name}
                {t('decisions.colon')}
                {d.note}
              </li>
            ))}
          </ul>
          <p className="hint">
            {interestedMayVote ? t('decisions.interestedMayVote') : t('decisions.interestedMayNotVote')}
          </p>
        </div>
      )}
      {text && (
        <div className="decision-header__text">
          <p className="decision-header__label">{t('decisions.text')}</p>
          <blockquote>{text}</blockquote>
        </div>
      )}
    </div>
  );
}
