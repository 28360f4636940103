import { useId } from 'react';
import { canAttempt } from '../../live/can';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { MeetingIndicatorsList } from './MeetingIndicatorsList';
import { ScorecardForm } from './ScorecardForm';
import { ScorecardSummaryView } from './ScorecardSummaryView';

/**
 * The scorecard (打分器) for members once the meeting has adjourned, the scores so far and the
 * figures from the record, for everyone.
 */
export function ScorecardSection() {
  const { t } = useTranslation('followup');
  const id = useId();
  const { state, you, youId } = useRoomView();
  const mayScore = youId !== null && canAttempt(state, you, { type: 'scorecard.submit' });
  const after = state.phase === 'adjourned' || state.phase === 'closed';

  return (
    <div className="stack">
      {mayScore && youId !== null ? (
        <ScorecardForm youId={youId} />
      ) : (
        you.role !== 'observer' && <p className="hint">{after ? t('scorecard.joinToScore') : t('scorecard.notYet')}</p>
      )}
      <section className="stack" aria-labelledby={`${id}-summary`}>
        <h4 id={`${id}-summary`}>{t('summary.heading')}</h4>
        <ScorecardSummaryView />
      </section>
      <section className="stack" aria-labelledby={`${id}-indicators`}>
        <h4 id={`${id}-indicators`}>{t('indicators.heading')}</h4>
        <MeetingIndicatorsList />
      </section>
    </div>
  );
}
