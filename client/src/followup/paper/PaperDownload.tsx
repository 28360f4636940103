import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../live/errorMessage';
import { Alert } from '../../ui/Alert';
import { DownloadRefused, downloadWithToken } from '../minutes/downloadFile';

interface Props {
  /** The PDF's route (docs/protocol.md, "Paper"). */
  url: string;
  /** The host link's token: a bearer token cannot ride on a plain link. */
  token: string;
  fallbackName: string;
  label: string;
  hint: string;
}

/**
 * A host's paper form (issue 28: the sign-in sheet, a round's paper ballots) as a button that
 * fetches the PDF with the host link's token and saves it, to print. Its words are the follow-up's.
 */
export default function PaperDownload({ url, token, fallbackName, label, hint }: Props) {
  const { t, i18n } = useTranslation('followup');
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
          ? t('paper.refused', { reason: errorMessage(tRoom, i18n.resolvedLanguage, refusal) })
          : t('paper.failed'),
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
      <p className="hint">{hint}</p>
      <p className="hint" aria-live="polite">
        {busy ? t('paper.downloading') : ''}
      </p>
      {failed && <Alert message={failed} onDismiss={() => setFailed(null)} />}
    </div>
  );
}
