import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { ConsensusPanel } from './ConsensusPanel';
import { HostConsensusPanel } from './HostConsensusPanel';
import { Panel } from '../../ui/Panel';

/** The consensus check on the topic under discussion (共识测量): the host's controls, or the participant's vote. */
export function ConsensusSection({ host = false }: { host?: boolean }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  if (!state.activeItemId) return null;
  return (
    <Panel id="consensus" heading={t('consensus.heading')}>
      {host ? <HostConsensusPanel /> : <ConsensusPanel />}
    </Panel>
  );
}
