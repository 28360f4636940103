import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../live/errorMessage';
import { Alert } from '../../ui/Alert';
import { DownloadRefused, downloadWithToken } from '../minutes/downloadFile';

interface Props {
  /** The archive route (recordApi). */
  url: string;
  token: string;
  /** The file name when the server gives none. */
  fallbackName: string;
  label: string;
}

/** "Download the record": the archive ZIP (村务档案), fetched with the link's token and saved as a file. */
export function ArchiveDownload({ url, token, fallbackName, label }: Props) {
  const { t, i18n } = useTranslation('record');
  const { t: tRoom } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setFailed(null);
    try {
      await downloadWithToken(url, token, fallbackName);
    } catch (error) {
      const refusal = error instanceof DownloadRefused ? error.refusal : null;
      setFailed(
        refusal
          ? t('downloadRefused', { reason: errorMessage(tRoom, i18n.resolvedLanguage, refusal) })
          : t('downloadFailed'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <div className="row-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {label}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {busy ? t('downloading') : ''}
      </p>
      {failed && <Alert message={failed} onDismiss={() => setFailed(null)} />}
    </div>
  );
}
