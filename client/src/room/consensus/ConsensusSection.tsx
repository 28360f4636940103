import { useTranslation } from 'react-i18next';
import { useRoomView } from '../RoomContext';
import { ConsensusPanel } from './ConsensusPanel';
import { HostConsensusPanel } from './HostConsensusPanel';

/** The consensus check on the topic under discussion (共识测量): the host's controls, or the participant's vote. */
export function ConsensusSection({ host = false }: { host?: boolean }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  if (!state.activeItemId) return null;
  return (
    <section className="room__panel stack" aria-labelledby="consensus-heading">
      <h2 id="consensus-heading">{t('consensus.heading')}</h2>
      {host ? <HostConsensusPanel /> : <ConsensusPanel />}
    </section>
  );
}
