import { proxyList } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';
import { Alert } from '../../ui/Alert';
import './ProxyList.css';

/**
 * The list of proxies (委托名单): who gave their vote to whom, the paper's reference, and whether it
 * is in force. Published on the room, the board and the record; the host may revoke from here.
 */
export function ProxyList({ revoke = false }: { revoke?: boolean }) {
  const { t } = useTranslation('proxy');
  const { state, send } = useRoomView();
  const runner = useCommand(send);
  const { error, dismiss } = runner;
  const rows = proxyList(state);
  return (
    <div className="stack">
      <h3>{t('terms.proxyList')}</h3>
      {rows.length === 0 && <p className="hint">{t('host.none')}</p>}
      {rows.length > 0 && (
        <ul className="proxy-list">
          {rows.map((row) => (
            <li key={row.proxyId} className={`proxy-list__item proxy-list__item--${row.status}`}>
              <span className="proxy-list__names">
                {t('list.row', { principal: row.principal, holder: row.holder })}
              </span>
              {row.reference && <span className="hint">{t('list.reference', { reference: row.reference })}</span>}
              <span className="tag">{t(`list.${row.status}`)}</span>
              {revoke && row.status !== 'revoked' && (
                <CommandButton runner={runner} command={{ type: 'proxy.revoke', proxyId: row.proxyId }} tone="quiet">
                  {t('host.revoke')}
                </CommandButton>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
