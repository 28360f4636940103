import { actionsOf, type Decision, own, presentInterests } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { ActionCard } from '../actions/ActionCard';
import { ActionCreateForm } from '../actions/ActionCreateForm';
import { ActionList } from '../actions/ActionList';
import { DecisionHeader } from './DecisionHeader';
import './DecisionFollowUp.css';

interface Props {
  decision: Decision;
  now: number;
}

/** One recorded decision and what it asks people to do; the host adds action items here. */
export function DecisionFollowUp({ decision, now }: Props) {
  const { t } = useTranslation('followup');
  const id = useId();
  const { state, you } = useRoomView();
  const actions = actionsOf(state, decision.id);
  const mayCreate = canAttempt(state, you, { type: 'action.create', decisionId: decision.id });

  return (
    <article className="decision-follow-up subcard stack" aria-labelledby={`${id}-item`}>
      <DecisionHeader
        itemTitle={own(state.items, decision.itemId)?.title ?? ''}
        statement={decision.statement}
        text={decision.text}
        outcome={decision.outcome}
        rule={decision.rule}
        counts={decision.counts}
        interests={presentInterests(state, own(state.items, decision.itemId))}
        interestedMayVote={state.rules.interestedMayVote}
        heading="h4"
        headingId={`${id}-item`}
      />
      <p className="decision-follow-up__count">{t('actions.count', { count: actions.length })}</p>
      {actions.length > 0 && (
        <ActionList>
          {actions.map((action) => (
            <ActionCard key={action.id} action={action} now={now} />
          ))}
        </ActionList>
      )}
      {mayCreate && (
        <details className="disclosure">
          <summary>{t('create.open')}</summary>
          <ActionCreateForm decisionId={decision.id} statement={decision.statement} />
        </details>
      )}
    </article>
  );
}
