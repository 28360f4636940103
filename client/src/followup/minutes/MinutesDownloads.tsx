import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useDownload } from './useDownload';

type Format = 'docx' | 'md';

/** The minutes (会议纪要) as Word or Markdown, fetched with the host's token and saved as a file. */
export function MinutesDownloads() {
  const { t } = useTranslation('followup');
  const { roomId, token } = useRoomView();
  const { busy, download, feedback } = useDownload({
    downloading: t('minutes.downloading'),
    failed: t('minutes.failed'),
    refused: (reason) => t('minutes.refused', { reason }),
  });
  const get = (format: Format) =>
    void download(`/api/rooms/${encodeURIComponent(roomId)}/minutes.${format}`, token, `minutes.${format}`);

  return (
    <div className="stack">
      <p className="hint">{t('minutes.intro')}</p>
      <div className="row-actions">
        <button type="button" className="button" disabled={busy} onClick={() => get('docx')}>
          {t('minutes.docx')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => get('md')}>
          {t('minutes.markdown')}
        </button>
      </div>
      {feedback}
    </div>
  );
}
