import { type PresenceMessage } from '@dr/shared';
import { canAttempt } from '../live/can';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveItem } from './agenda/ActiveItem';
import { ActiveItemControls } from './agenda/ActiveItemControls';
import { FactForm } from './agenda/FactForm';
import { InterestForm } from './agenda/InterestForm';
import { ProposalList } from './agenda/ProposalList';
import { ProposeForm } from './agenda/ProposeForm';
import { RejectedList } from './agenda/RejectedList';
import { SortableAgenda } from './agenda/SortableAgenda';
import { FloorAnnouncer } from './queue/FloorAnnouncer';
import { BoardLink } from './meeting/BoardLink';
import { ConsensusSection } from './consensus/ConsensusSection';
import { RoundAnnouncer } from './consensus/RoundAnnouncer';
import { DraftSection } from './draft/DraftSection';
import { JoiningLock } from './meeting/JoiningLock';
import { JoiningPanel } from './meeting/JoiningPanel';
import { MembersList } from './meeting/MembersList';
import { NameAlerts } from './meeting/NameAlerts';
import { ParticipationPanel } from './meeting/ParticipationPanel';
import { PhaseControl } from './meeting/PhaseControl';
import { RulesForm } from './meeting/RulesForm';
import { AttendancePanel } from './meeting/AttendancePanel';
import { RoundBallot } from '../followup/paper/RoundBallot';
import { HallReadAloud } from './readAloud/HallReadAloud';
import { AddInRoomForm } from './queue/AddInRoomForm';
import { HandControls } from './queue/HandControls';
import { NextSpeakerButton } from './queue/NextSpeakerButton';
import { QueueList } from './queue/QueueList';
import { RaiseForMember } from './queue/RaiseForMember';
import { SpeakerControls } from './queue/SpeakerControls';
import { SpeakerPanel } from './queue/SpeakerPanel';
import { useRoomView } from '../live/RoomContext';
import { RoomTop } from './RoomTop';
import type { RoomStatus } from '../live/roomTypes';
import { FollowUpPanel } from '../followup/FollowUpPanel';
import { SharePanel } from './share/SharePanel';
import { Panel } from '../ui/Panel';
import { withProxyStrings } from '../i18n/proxyStrings';
import { withRecordStrings } from '../i18n/recordStrings';
import './room.css';

// Written proxies (委托): their own chunk, with their strings.
const HostProxyPanel = lazy(
  withProxyStrings(() => import('./proxy/HostProxyPanel').then((m) => ({ default: m.HostProxyPanel }))),
);
// Households (户), with the proxies' strings (the law's representation).
const HouseholdForm = lazy(
  withProxyStrings(() => import('./proxy/HouseholdForm').then((m) => ({ default: m.HouseholdForm }))),
);
// The record (村务档案, issue 27): the archive, its check and erasing a person, with their strings.
const loadRecord = withRecordStrings(() => import('../followup/record/RoomRecord'));
const RoomRecord = lazy(() => loadRecord().then((m) => ({ default: m.RoomRecord })));
const EraseMemberButton = lazy(() => loadRecord().then((m) => ({ default: m.EraseMemberButton })));

interface Props {
  roomId: string;
  token: string;
  status: RoomStatus;
  presence: PresenceMessage | null;
  onRetry: () => void;
  onAskToJoin: () => void;
}

/**
 * The host console on a laptop: the floor and the queue, the agenda (定议题 · 定议程 · 六步), and the
 * meeting itself (phase, 定会纪, participation, members). Also works without joining by name.
 */
export function HostConsole({ roomId, token, status, presence, onRetry, onAskToJoin }: Props) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('followup');
  const { state, you, youId, savedCopy } = useRoomView();
  const [lastAdded, setLastAdded] = useState<string | undefined>(undefined);
  const activeId = state.activeItemId;

  return (
    <main className="page room room--host">
      <RoomTop status={status} onRetry={onRetry} onAskToJoin={onAskToJoin} />
      <FloorAnnouncer />
      <RoundAnnouncer />
      <NameAlerts />
      <div className="console">
        <div className="console__column">
          <Panel id="queue" heading={t('room.queue.heading')} className="room__panel--queue">
            <SpeakerPanel>
              <SpeakerControls />
            </SpeakerPanel>
            <NextSpeakerButton />
            {youId && !savedCopy && <HandControls youId={youId} />}
            <QueueList controls />
          </Panel>
          <Panel id="in-room" heading={t('room.inRoom.heading')}>
            <AddInRoomForm onAdded={setLastAdded} />
            <RaiseForMember key={lastAdded} preselect={lastAdded} />
          </Panel>
        </div>

        <div className="console__column">
          <Panel id="active" heading={t('room.active.heading')}>
            <ActiveItem>
              <ActiveItemControls />
              {activeId && <FactForm itemId={activeId} />}
              {activeId && <InterestForm key={`interest-${activeId}`} itemId={activeId} host />}
            </ActiveItem>
          </Panel>
          <DraftSection />
          <ConsensusSection host>
            <RoundBallot />
            <HallReadAloud />
          </ConsensusSection>
          <Panel id="agenda" heading={t('room.agenda.heading')}>
            <SortableAgenda />
            <h3>{t('room.proposals.heading')}</h3>
            <ProposalList />
            <RejectedList />
            {youId && canAttempt(state, you, { type: 'agenda.propose' }) && <ProposeForm />}
          </Panel>
        </div>

        <div className="console__column">
          <Panel id="meeting" heading={t('room.phase.heading')}>
            <PhaseControl />
            <BoardLink roomId={roomId} token={token} />
          </Panel>
          <SharePanel roomId={roomId} token={token} connected={status === 'connected'} />
          <Panel id="joining" heading={t('room.joining.heading')}>
            <JoiningPanel />
            <JoiningLock />
          </Panel>
          <Panel id="attendance" heading={tf('law.attendance.heading')}>
            <AttendancePanel />
            <Suspense fallback={null}>
              <HouseholdForm />
            </Suspense>
          </Panel>
          <Panel id="rules" heading={t('room.rules.heading')}>
            <RulesForm />
          </Panel>
          <Panel id="proxies" heading={t('room.proxies.heading')}>
            <Suspense fallback={null}>
              <HostProxyPanel />
            </Suspense>
          </Panel>
          <Panel id="participation" heading={t('room.participation.heading')}>
            <ParticipationPanel />
          </Panel>
          <Panel id="members" heading={t('room.members.heading')}>
            <MembersList
              presence={presence}
              actions={(member) => (
                <Suspense fallback={null}>
                  <EraseMemberButton memberId={member.id} name={member.name} />
                </Suspense>
              )}
            />
          </Panel>
          <Suspense fallback={null}>
            <RoomRecord />
          </Suspense>
        </div>
      </div>
      <FollowUpPanel />
    </main>
  );
}
