import { useTranslation } from 'react-i18next';
import { QrCode } from '../ui/QrCode';
import './NoticeQr.css';

/** The way back from the printed sheet to the live page: a QR code, with the address printed beside it. */
export function NoticeQr({ url }: { url: string }) {
  const { t } = useTranslation('followup');
  const shown = url.replace(/^https?:\/\//, '');
  return (
    <div className="notice-qr">
      <QrCode value={url} label={t('publicNotice.qrLabel', { url: shown })} className="notice-qr__code" />
      <div className="notice-qr__words">
        <p className="notice-qr__caption">{t('publicNotice.qrCaption')}</p>
        <p className="notice-qr__url">{shown}</p>
      </div>
    </div>
  );
}
