import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { durationText } from './durationText';
import { quorumText } from './quorumText';
import './RulesSummary.css';

/** The meeting rules (定会纪) as everyone reads them. */
export function RulesSummary() {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const { speakingLimitSec, queuePolicy, maxTurnsPerItem, pointsOfOrder, decisionRule, quorum, eligibleCount } =
    state.rules;
  const { interestedMayVote } = state.rules;
  return (
    <dl className="rules">
      <dt>{t('room.rules.limit')}</dt>
      <dd>{speakingLimitSec === null ? t('room.rules.noLimit') : durationText(t, speakingLimitSec)}</dd>
      <dt>{t('room.rules.policy')}</dt>
      <dd>
        <span className="rules__policy">{t(`policies.${queuePolicy}.name`)}</span>
        <span className="hint"> — {t(`policies.${queuePolicy}.help`)}</span>
      </dd>
      <dt>{t('room.rules.maxTurns')}</dt>
      <dd>{maxTurnsPerItem === null ? t('room.rules.noCap') : t('room.rules.turns', { count: maxTurnsPerItem })}</dd>
      <dt>{t('room.rules.pointsOfOrder')}</dt>
      <dd>{pointsOfOrder ? t('room.rules.allowed') : t('room.rules.notAllowed')}</dd>
      <dt>{t('room.rules.decisionRule')}</dt>
      <dd>
        <span className="rules__policy">{t(`decisionRules.${decisionRule}.name`)}</span>
        <span className="hint"> — {t(`decisionRules.${decisionRule}.help`)}</span>
      </dd>
      <dt>{t('room.rules.eligible')}</dt>
      <dd>{eligibleCount ?? t('room.rules.eligibleNotSet')}</dd>
      <dt>{t('room.rules.quorum')}</dt>
      <dd>{quorumText(t, quorum, eligibleCount) ?? t('room.rules.quorumNone')}</dd>
      <dt>{t('room.rules.interests')}</dt>
      <dd>{interestedMayVote ? t('room.interests.mayVote') : t('room.interests.mayNotVote')}</dd>
    </dl>
  );
}
