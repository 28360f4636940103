import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../room/RoomContext';
import { Alert } from '../ui/Alert';
import { downloadWithToken } from './downloadFile';

type Format = 'docx' | 'md';

/** The minutes (会议纪要) as Word or Markdown, fetched with the host's token and saved as a file. */
export function MinutesDownloads() {
  const { t } = useTranslation('followup');
  const { roomId, token } = useRoomView();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState(false);

  const download = async (format: Format) => {
    setBusy(format);
    setFailed(false);
    try {
      await downloadWithToken(`/api/rooms/${encodeURIComponent(roomId)}/minutes.${format}`, token, `minutes.${format}`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stack">
      <p className="hint">{t('minutes.intro')}</p>
      <div className="row-actions">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void download('docx')}>
          {t('minutes.docx')}
        </button>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void download('md')}>
          {t('minutes.markdown')}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {busy ? t('minutes.downloading') : ''}
      </p>
      {failed && <Alert message={t('minutes.failed')} onDismiss={() => setFailed(false)} />}
    </div>
  );
}
