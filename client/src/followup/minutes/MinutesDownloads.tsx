import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../live/errorMessage';
import { useRoomView } from '../../live/RoomContext';
import { Alert } from '../../ui/Alert';
import { DownloadRefused, downloadWithToken } from './downloadFile';

type Format = 'docx' | 'md';

/** The minutes (会议纪要) as Word or Markdown, fetched with the host's token and saved as a file. */
export function MinutesDownloads() {
  const { t, i18n } = useTranslation('followup');
  const { t: tRoom } = useTranslation();
  const { roomId, token } = useRoomView();
  const [busy, setBusy] = useState<Format | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const download = async (format: Format) => {
    setBusy(format);
    setFailed(null);
    try {
      await downloadWithToken(`/api/rooms/${encodeURIComponent(roomId)}/minutes.${format}`, token, `minutes.${format}`);
    } catch (error) {
      // The server's reason (too many requests, the link replaced) in the page's language, else a general one.
      const refusal = error instanceof DownloadRefused ? error.refusal : null;
      setFailed(
        refusal
          ? t('minutes.refused', { reason: errorMessage(tRoom, i18n.resolvedLanguage, refusal) })
          : t('minutes.failed'),
      );
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
      {failed && <Alert message={failed} onDismiss={() => setFailed(null)} />}
    </div>
  );
}
