/**
 * One way to download a host's file from a button (the minutes, the record's ZIP, a paper form's PDF):
 * fetched with the link's token (downloadFile.ts), "preparing…" said while it runs, and the server's
 * reason in the page's language when it refuses, else a general failure.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../live/errorMessage';
import { Alert } from '../../ui/Alert';
import { DownloadRefused, downloadWithToken } from './downloadFile';

/** What a download says, in the page's language: while it runs, when it fails, when it is refused. */
export interface DownloadWords {
  downloading: string;
  failed: string;
  refused: (reason: string) => string;
}

/** `download(url, token, fallbackName)`; `busy` while one runs; `feedback` goes under the buttons. */
export function useDownload(words: DownloadWords): {
  busy: boolean;
  download: (url: string, token: string, fallbackName: string) => Promise<void>;
  feedback: ReactNode;
} {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const download = async (url: string, token: string, fallbackName: string) => {
    setBusy(true);
    setFailed(null);
    try {
      await downloadWithToken(url, token, fallbackName);
    } catch (error) {
      // The server's reason (too many requests, the link replaced) in the page's language, else a general one.
      const refusal = error instanceof DownloadRefused ? error.refusal : null;
      setFailed(refusal ? words.refused(errorMessage(t, i18n.resolvedLanguage, refusal)) : words.failed);
    } finally {
      setBusy(false);
    }
  };

  const feedback = (
    <>
      <p className="hint" aria-live="polite">
        {busy ? words.downloading : ''}
      </p>
      {failed && <Alert message={failed} onDismiss={() => setFailed(null)} />}
    </>
  );
  return { busy, download, feedback };
}

interface ButtonProps {
  url: string;
  /** The link's token: a bearer token cannot ride on a plain link. */
  token: string;
  /** The file name when the server gives none. */
  fallbackName: string;
  label: string;
  hint?: string;
  words: DownloadWords;
}

/** One file behind one button, with its hint and the download's feedback. */
export function DownloadButton({ url, token, fallbackName, label, hint, words }: ButtonProps) {
  const { busy, download, feedback } = useDownload(words);
  return (
    <div className="stack">
      <div className="row-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void download(url, token, fallbackName)}
        >
          {label}
        </button>
      </div>
      {hint && <p className="hint">{hint}</p>}
      {feedback}
    </div>
  );
}
