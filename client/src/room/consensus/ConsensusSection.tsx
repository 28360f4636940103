import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { ConsensusPanel } from './ConsensusPanel';
import { HostConsensusPanel } from './HostConsensusPanel';
import { Panel } from '../../ui/Panel';

/**
 * The consensus check on the topic under discussion (共识测量): the host's controls, or the
 * participant's vote; `children` are the host console's own additions (the paper ballots), kept in
 * its chunk, off the phone's path.
 */
export function ConsensusSection({ host = false, children }: { host?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  if (!state.activeItemId) return null;
  return (
    <Panel id="consensus" heading={t('consensus.heading')}>
      {host ? <HostConsensusPanel /> : <ConsensusPanel />}
      {children}
    </Panel>
  );
}
