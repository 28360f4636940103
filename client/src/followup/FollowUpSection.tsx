import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../live/RoomContext';
import { DecisionFollowUpList } from './decisions/DecisionFollowUpList';
import { ScorecardSection } from './scorecard/ScorecardSection';
import { Panel } from '../ui/Panel';
import { withRecordStrings } from '../i18n/recordStrings';
import './followup.css';

// An observer's link may download and check the record (村务档案); a participant's may not.
const RoomRecord = lazy(
  withRecordStrings(() => import('./record/RoomRecord').then((m) => ({ default: m.RoomRecord }))),
);

/**
 * "After the meeting" in the participant and observer view: the decisions and their action items
 * (their owners record progress here), and once the meeting has adjourned, the scorecard. It moves
 * to the top of the page then, since it is what remains to do. An observer (the archive's reader,
 * e.g. a township's 档案室) also gets the record's panel here.
 */
export function FollowUpSection() {
  const { t } = useTranslation('followup');
  const id = useId();
  const { state, you } = useRoomView();
  const after = state.phase === 'adjourned' || state.phase === 'closed';
  if (state.decisionOrder.length === 0 && !after) return null;
  return (
    <>
      <Panel
        id={id}
        heading={t('panel.heading')}
        className={after ? 'followup-section followup-section--after' : 'followup-section'}
      >
        {state.decisionOrder.length > 0 && (
          <section className="followup__part stack" aria-labelledby={`${id}-decisions`}>
            <h3 id={`${id}-decisions`}>{t('decisions.heading')}</h3>
            <DecisionFollowUpList />
          </section>
        )}
        {after && (
          <section className="followup__part stack" aria-labelledby={`${id}-scorecard`}>
            <h3 id={`${id}-scorecard`}>{t('scorecard.heading')}</h3>
            <ScorecardSection />
          </section>
        )}
      </Panel>
      {you.role === 'observer' && (
        <Suspense fallback={null}>
          <RoomRecord />
        </Suspense>
      )}
    </>
  );
}
