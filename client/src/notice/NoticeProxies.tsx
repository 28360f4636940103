import type { Notice } from '@dr/shared';
import { useTranslation } from 'react-i18next';

/**
 * The list of written proxies (委托名单) on the public notice: who entrusted whom, the paper form's
 * reference and whether the proxy is in force. Shown only when the meeting had any.
 */
export function NoticeProxies({ proxies, headingId }: { proxies: Notice['proxies']; headingId: string }) {
  const { t } = useTranslation('followup');
  if (proxies.length === 0) return null;
  return (
    <section className="public-notice__part stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('law.notice.proxies')}</h2>
      <ul className="stack">
        {proxies.map((p, i) => (
          <li key={i}>
            {t('law.notice.proxyRow', { principal: p.principal, holder: p.holder })}
            {p.reference && <> · {t('law.notice.proxyReference', { reference: p.reference })}</>}
            {p.byHost && <> · {t('law.notice.proxyByHost')}</>}
            {' · '}
            {t(`law.notice.proxyStatus.${p.status}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
