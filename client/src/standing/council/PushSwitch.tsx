import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@dr/shared';
import { sayRefusal } from '../standingApi';
import type { CouncilCredentials } from './councilCredentials';
import { pushIsOn, pushSupported, resend, switchOff, switchOn, type PushOutcome } from './pushDevice';

type Status = 'checking' | 'on' | 'off' | 'unsupported';

/**
 * A roster member switches notifications on or off for this device (issue 29, part 4): meetings
 * called and the day before, their action items, items they supervise, the notice. In the page's
 * language; switching the page's language while on tells the server the new one.
 */
export function PushSwitch({
  councilId,
  token,
  member,
}: {
  councilId: string;
  token: string;
  member: CouncilCredentials;
}) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const locale = (i18n.resolvedLanguage === 'en' ? 'en' : 'zh-CN') as Locale;
  const [status, setStatus] = useState<Status>(() => (pushSupported() ? 'checking' : 'unsupported'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!pushSupported()) return;
    void pushIsOn(councilId).then((on) => setStatus(on ? 'on' : 'off'));
  }, [councilId]);
  useEffect(() => {
    if (status === 'on') void resend(councilId, token, member, locale);
  }, [locale]); // eslint-disable-line react-hooks/exhaustive-deps -- only a change of language is news

  const act = async (on: boolean) => {
    setBusy(true);
    setError(null);
    let answer: PushOutcome;
    try {
      answer = on ? await switchOn(councilId, token, member, locale) : await switchOff(councilId, token, member);
    } catch {
      answer = { ok: false, status: 0, refusal: null };
    }
    setBusy(false);
    if (answer.ok) return setStatus(answer.value.subscribed ? 'on' : 'off');
    setError(
      'denied' in answer ? s('push.denied') : sayRefusal(answer.refusal, i18n.resolvedLanguage, s('push.failed')),
    );
  };

  if (status === 'checking') return null;
  return (
    <section className="council__push stack" aria-labelledby="council-push">
      <h2 id="council-push">{s('push.heading')}</h2>
      {status === 'unsupported' ? (
        <p>{s('push.unsupported')}</p>
      ) : (
        <>
          <p role="status">{status === 'on' ? s('push.on') : s('push.off')}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void act(status !== 'on')}>
            {status === 'on' ? s('push.switchOff') : s('push.switchOn')}
          </button>
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
