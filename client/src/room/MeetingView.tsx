import { own, type PresenceMessage, type RoomState } from '@dr/shared';
import { canAttempt } from '../live/can';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveItem } from './agenda/ActiveItem';
import { ActiveItemLine } from './agenda/ActiveItemLine';
import { AgendaOrder } from './agenda/AgendaOrder';
import { FactForm } from './agenda/FactForm';
import { InterestForm } from './agenda/InterestForm';
import { ProposalList } from './agenda/ProposalList';
import { ProposeForm } from './agenda/ProposeForm';
import { RejectedList } from './agenda/RejectedList';
import { FloorAnnouncer } from './queue/FloorAnnouncer';
import { ConsensusSection } from './consensus/ConsensusSection';
import { RoundAnnouncer } from './consensus/RoundAnnouncer';
import { currentRound } from './consensus/rounds';
import { DraftSection } from './draft/DraftSection';
import { MembersList } from './meeting/MembersList';
import { MyGroupForm } from './meeting/MyGroupForm';
import { ParticipationPanel } from './meeting/ParticipationPanel';
import { RulesSummary } from './meeting/RulesSummary';
import { HandControls } from './queue/HandControls';
import { QueueList } from './queue/QueueList';
import { SpeakerPanel } from './queue/SpeakerPanel';
import { useRoomView } from '../live/RoomContext';
import { RoomTop } from './RoomTop';
import { useSimpleRoom } from './simpleRoom';
import type { RoomStatus } from '../live/roomTypes';
import { withFollowUpStrings } from '../i18n/followupStrings';
import { Panel } from '../ui/Panel';
import { withProxyStrings } from '../i18n/proxyStrings';
import './room.css';

// Decisions, action items and the scorecard come after the vote: fetched once there are some.
// Moving between the room and remote is seldom needed and sits low on the page: it loads after the room.
const MyPresence = lazy(() => import('./meeting/MyPresence').then((m) => ({ default: m.MyPresence })));
const FollowUpSection = lazy(
  withFollowUpStrings(() => import('../followup/FollowUpSection').then((m) => ({ default: m.FollowUpSection }))),
);
// The list of proxies and one's own proxy, in a meeting that allows them (most do not).
const ProxyPanel = lazy(withProxyStrings(() => import('./proxy/ProxyPanel').then((m) => ({ default: m.ProxyPanel }))));
// Reading aloud (issue 28) is a button a phone's first screen can do without for a moment.
const ReadAloudButton = lazy(() => import('./readAloud/ReadAloudButton').then((m) => ({ default: m.ReadAloudButton })));
const hasFollowUp = (state: RoomState) =>
  state.decisionOrder.length > 0 || state.phase === 'adjourned' || state.phase === 'closed';

interface Props {
  status: RoomStatus;
  presence: PresenceMessage | null;
  onRetry: () => void;
  onAskToJoin: () => void;
}

/**
 * The room for a participant (phone first) and for an observer. A participant who has joined gets
 * the write controls; an observer sees the same room with none at all.
 */
export function MeetingView({ status, presence, onRetry, onAskToJoin }: Props) {
  const { t } = useTranslation();
  const { state, you, youId, savedCopy } = useRoomView();
  const activeId = state.activeItemId;
  // While a round is open, the vote comes first on a phone.
  const voting = activeId !== null && currentRound(state, activeId)?.status === 'open';
  // In large type on a phone, only what now, my hand, my vote and the text show until More (ui/elder.css).
  const [more, setMore] = useState(false);
  const simple = useSimpleRoom() && !more;

  return (
    <main className={`page room room--meeting${voting ? ' room--vote' : ''}${more ? ' room--more' : ''}`}>
      <RoomTop status={status} onRetry={onRetry} onAskToJoin={onAskToJoin} />
      <FloorAnnouncer />
      <RoundAnnouncer />
      <ActiveItemLine />
      <Suspense fallback={null}>
        <ReadAloudButton />
      </Suspense>
      <div className="meeting-grid">
        {voting && <ConsensusSection />}
        <Panel id="queue" heading={t('room.queue.heading')} className="room__panel--queue">
          <SpeakerPanel />
          {youId && !savedCopy && <HandControls youId={youId} />}
          <QueueList />
        </Panel>

        <Panel id="active" heading={t('room.active.heading')}>
          <ActiveItem>
            {youId && activeId && canAttempt(state, you, { type: 'agenda.addFact', itemId: activeId }) && (
              <FactForm key={activeId} itemId={activeId} collapsible />
            )}
            {youId && activeId && <InterestForm key={`interest-${activeId}`} itemId={activeId} collapsible />}
          </ActiveItem>
        </Panel>

        <DraftSection readOnly={simple} />
        {!voting && <ConsensusSection />}
        <button type="button" className="button room-more" aria-expanded={more} onClick={() => setMore(!more)}>
          {t(more ? 'elder.less' : 'elder.more')}
        </button>

        <Panel id="agenda" heading={t('room.agenda.heading')}>
          <AgendaOrder />
          <h3>{t('room.proposals.heading')}</h3>
          <ProposalList />
          <RejectedList />
          {youId && canAttempt(state, you, { type: 'agenda.propose' }) && <ProposeForm />}
        </Panel>

        <Panel id="rules" heading={t('room.rules.heading')}>
          <RulesSummary />
          {state.rules.proxies && (
            <Suspense fallback={null}>
              <ProxyPanel />
            </Suspense>
          )}
        </Panel>

        <Panel id="participation" heading={t('room.participation.heading')}>
          <ParticipationPanel />
        </Panel>

        <Panel id="members" heading={t('room.members.heading')}>
          {youId && (
            <Suspense fallback={null}>
              <MyPresence youId={youId} />
            </Suspense>
          )}
          {youId && <MyGroupForm key={own(state.members, youId)?.group ?? ''} youId={youId} />}
          <MembersList presence={presence} />
        </Panel>

        {hasFollowUp(state) && (
          <Suspense fallback={null}>
            <FollowUpSection />
          </Suspense>
        )}
      </div>
    </main>
  );
}
