import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copyText';
import './LinkCard.css';

interface Props {
  label: string;
  help: string;
  url: string;
  /** Shown beside the link (a QR code on the host console's Share panel). */
  children?: ReactNode;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** One room link: what it is for, the link itself, and a Copy button. */
export function LinkCard({ label, help, url, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [copy, setCopy] = useState<CopyState>('idle');

  const onCopy = async () => {
    setCopy((await copyText(url)) ? 'copied' : 'failed');
  };

  return (
    <section className="card link-card" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`}>{label}</h3>
      <p className="hint">{help}</p>
      <div className="link-card__row">
        <input
          className="link-card__url"
          readOnly
          value={url}
          aria-labelledby={`${id}-label`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void onCopy()}>
          {t(copy === 'copied' ? 'start.copied' : 'start.copy')}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {copy === 'failed' ? t('start.copyFailed') : ''}
      </p>
      {children}
    </section>
  );
}
