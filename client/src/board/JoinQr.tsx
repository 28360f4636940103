import { useTranslation } from 'react-i18next';
import { QrCode } from '../ui/QrCode';
import type { RoomLinks } from '../live/useRoomLinks';
import './JoinQr.css';

/** "Join on your phone": the participant link as a QR code, and a short address to type. */
export function JoinQr({ links }: { links: RoomLinks }) {
  const { t } = useTranslation();
  const shown = links.shortUrl.replace(/^https?:\/\//, '');
  // Break a long address only before its path, never inside the code.
  const cut = shown.indexOf('/');
  return (
    <div className="board-join">
      <p className="board__label">{t('board.join')}</p>
      <QrCode value={links.participant} label={t('board.qrLabel', { url: shown })} className="board-join__qr" />
      <p className="board-join__url">
        {cut > 0 ? (
          <>
            {shown.slice(0, cut)}
            <wbr />
            {shown.slice(cut)}
          </>
        ) : (
          shown
        )}
      </p>
    </div>
  );
}
