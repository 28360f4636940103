import type { NoticeDecision as Decision } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFacts } from '../followup/actions/ActionFacts';
import { ActionList, ActionListItem } from '../followup/actions/ActionList';
import { ActionTimeline } from '../followup/actions/ActionTimeline';
import { DecisionHeader } from '../followup/decisions/DecisionHeader';
import './NoticeDecision.css';

interface Props {
  decision: Decision;
  timeZone: string;
}

/** One decision on the notice: what was decided and how, and every action item with its progress. */
export function NoticeDecision({ decision, timeZone }: Props) {
  const { t } = useTranslation('followup');
  const id = useId();
  return (
    <article className="notice-decision stack" aria-labelledby={`${id}-item`}>
      <DecisionHeader
        itemTitle={decision.itemTitle}
        statement={decision.statement}
        text={decision.text}
        outcome={decision.outcome}
        rule={decision.rule}
        counts={decision.counts}
        interests={decision.interests}
        interestedMayVote={decision.interestedMayVote}
        heading="h3"
        headingId={`${id}-item`}
      />
      {decision.actions.length === 0 ? (
        <p className="hint">{t('actions.none')}</p>
      ) : (
        <ActionList>
          {decision.actions.map((action) => (
            <ActionListItem key={action.id} overdue={action.overdue}>
              <ActionFacts action={action} heading="h4" />
              <ActionTimeline entries={action.timeline} timeZone={timeZone} />
            </ActionListItem>
          ))}
        </ActionList>
      )}
    </article>
  );
}
