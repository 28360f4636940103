import { useTranslation } from 'react-i18next';
import type { RoomStatus } from '../live/roomTypes';
import './ConnectionIndicator.css';

interface Props {
  status: RoomStatus;
  onRetry: () => void;
}

/** Connected, reconnecting, or disconnected with a way to try again. */
export function ConnectionIndicator({ status, onRetry }: Props) {
  const { t } = useTranslation();
  const kind = status === 'connected' ? 'connected' : status === 'stopped' ? 'stopped' : 'reconnecting';
  return (
    // On a phone the trouble must not scroll away.
    <div className={`connection connection--${kind}${kind === 'connected' ? '' : ' sticky-warning'}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      <span>{t(`connection.${kind}`)}</span>
      {kind === 'stopped' && (
        <button type="button" className="button button--quiet" onClick={onRetry}>
          {t('connection.retry')}
        </button>
      )}
    </div>
  );
}
