import { useRoomView } from '../../live/RoomContext';
import { GrantProxyForm } from './GrantProxyForm';
import { ProxyList } from './ProxyList';

/** In a meeting that allows written proxies: the list of proxies, and a member's own proxy. */
export function ProxyPanel() {
  const { youId, savedCopy } = useRoomView();
  return (
    <div className="stack">
      {youId && !savedCopy && <GrantProxyForm youId={youId} />}
      <ProxyList />
    </div>
  );
}
