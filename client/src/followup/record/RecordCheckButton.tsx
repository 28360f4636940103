import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../live/errorMessage';
import { Alert } from '../../ui/Alert';
import { recordApi, type RecordCheck } from './recordApi';
import './record.css';

/**
 * "Check the record": the server recomputes the room's hash chain (GET …/verify) and says, in the
 * reader's language, whether it holds and where it breaks, with the record fingerprint (记录指纹).
 */
export function RecordCheckButton({ roomId, token }: { roomId: string; token: string }) {
  const { t, i18n } = useTranslation('record');
  const { t: tRoom } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<RecordCheck | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const zh = i18n.resolvedLanguage === 'zh-CN';

  const check = async () => {
    setBusy(true);
    setFailed(null);
    const answer = await recordApi.check(roomId, token);
    setBusy(false);
    if (answer.ok) return setReport(answer.value);
    setReport(null);
    setFailed(
      answer.refusal
        ? t('checkRefused', { reason: errorMessage(tRoom, i18n.resolvedLanguage, answer.refusal) })
        : t('checkFailed'),
    );
  };

  const [verdict, ...details] = report ? report.words[zh ? 'zh-CN' : 'en'] : [];
  return (
    <div className="stack">
      <p className="hint">{t('checkIntro')}</p>
      <div className="row-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void check()}>
          {t('check')}
        </button>
      </div>
      <div aria-live="polite" className="stack">
        {busy && <p className="hint">{t('checking')}</p>}
        {report && !busy && (
          <section
            className={report.ok ? 'record-check record-check--ok' : 'record-check record-check--altered'}
            aria-label={t('report')}
          >
            <p>
              <span className={report.ok ? 'tag tag--in_room' : 'tag tag--overdue'}>
                {t(report.ok ? 'intact' : 'altered')}
              </span>{' '}
              {verdict}
            </p>
            {details.length > 0 && (
              <ul className="record-check__details">
                {details.map((line) => (
                  <li key={line}>{line.replace(/^- /, '')}</li>
                ))}
              </ul>
            )}
            <p className="record-check__fingerprint">
              {t('fingerprintLine', { word: t('terms.fingerprint'), value: report.fingerprint ?? t('noFingerprint') })}
            </p>
          </section>
        )}
      </div>
      {failed && <Alert message={failed} onDismiss={() => setFailed(null)} />}
    </div>
  );
}
