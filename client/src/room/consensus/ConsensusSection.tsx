import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { ConsensusPanel } from './ConsensusPanel';
import { Panel } from '../../ui/Panel';

/**
 * The consensus check on the topic under discussion (共识测量): the host's controls
 * (`hostControls`: HostConsensusPanel), or the participant's vote; `hostControls` and `children`
 * (the paper ballots) are the host console's own, kept in its chunk, off the phone's path.
 */
export function ConsensusSection({ hostControls, children }: { hostControls?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  if (!state.activeItemId) return null;
  return (
    <Panel id="consensus" heading={t('consensus.heading')}>
      {hostControls ?? <ConsensusPanel />}
      {children}
    </Panel>
  );
}
