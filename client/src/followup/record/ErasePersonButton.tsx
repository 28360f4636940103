import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../live/request';
import { errorMessage, type ReasonText } from '../../live/errorMessage';
import { Alert } from '../../ui/Alert';
import type { Erased } from './recordApi';
import './record.css';

interface Props {
  name: string;
  /** The erase request (recordApi.eraseInRoom or eraseInCouncil). */
  erase: () => Promise<Answer<Erased>>;
  /** A council's roster: the confirmation says every meeting of the council. */
  council?: boolean;
  /** After the server erased: a council page reloads its roster (a room's screens get `member.erased`). */
  onErased?: (erased: Erased) => void;
  /** A council page's refusals are said with the council's table. */
  reasons?: ReasonText;
}

/**
 * "Erase this person" (个人信息保护法): the host replaces someone's name with a stable pseudonym
 * everywhere. It cannot be undone, so a second step says what happens and asks again; Cancel gets
 * the focus, and the person's name stays in the button's label for a screen reader.
 */
export function ErasePersonButton({ name, erase, council = false, onErased, reasons }: Props) {
  const { t, i18n } = useTranslation('record');
  const { t: tRoom } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const label = t('erase.label', { name });

  if (!asking) {
    return (
      <>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-label={label}
          onClick={() => (setAsking(true), setDone(null))}
        >
          {t('erase.button')}
        </button>
        {done && (
          <p className="hint" role="status">
            {done}
          </p>
        )}
      </>
    );
  }

  const confirm = async () => {
    setBusy(true);
    setFailed(null);
    const answer = await erase();
    setBusy(false);
    if (answer.ok) {
      setAsking(false);
      setDone(t('erase.done', { pseudonym: answer.value.pseudonym }));
      onErased?.(answer.value);
      return;
    }
    setFailed(
      answer.refusal
        ? t('erase.refused', { reason: errorMessage(tRoom, i18n.resolvedLanguage, answer.refusal, undefined, reasons) })
        : t('erase.failed'),
    );
  };

  return (
    <div className="record-erase stack" role="group" aria-label={label}>
      <p>{t(council ? 'erase.confirmCouncil' : 'erase.confirm', { name })}</p>
      <div className="record-erase__buttons">
        <button type="button" className="button button--small button--danger" disabled={busy} onClick={confirm}>
          {busy ? t('erase.erasing') : t('erase.confirmButton')}
        </button>
        <button type="button" className="button button--small" autoFocus onClick={() => setAsking(false)}>
          {tRoom('common.cancel')}
        </button>
      </div>
      {failed && <Alert message={failed} onDismiss={() => setFailed(null)} />}
    </div>
  );
}
