import type { Notice } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { isoInstant, momentText } from '../i18n/dateText';
import '../room/agenda/FactList.css';

/**
 * The facts established per topic (明事), with source, who recorded them and when, in the words of
 * the meeting screen; a retracted fact stays, struck through, with who withdrew it and why.
 */
export function NoticeItemFacts({ notice }: { notice: Notice }) {
  const { t, i18n } = useTranslation();
  const when = (ms: number) => (
    <time dateTime={isoInstant(ms)}>{momentText(ms, i18n.resolvedLanguage, notice.timeZone)}</time>
  );
  if (notice.facts.length === 0) return <p className="hint">{t('room.facts.noneOnRecord')}</p>;
  return notice.facts.map((item) => (
    <div key={item.itemId} className="stack">
      <h3>{item.itemTitle}</h3>
      <ul className="plain-list facts">
        {item.facts.map((fact) => (
          <li key={fact.id} className={`facts__item${fact.retracted ? ' facts__item--retracted' : ''}`}>
            <p className="facts__text">{fact.text}</p>
            {fact.source && <p className="hint">{t('room.facts.source', { source: fact.source })}</p>}
            <p className="hint">
              {t('room.facts.recorded', { who: fact.recordedBy ?? t('room.facts.host') })} {when(fact.recordedAt)}
            </p>
            {fact.retracted && (
              <p className="facts__retracted">
                {t('room.facts.retracted', {
                  who: fact.retracted.by ?? t('room.facts.host'),
                  reason: fact.retracted.reason,
                })}{' '}
                {when(fact.retracted.at)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  ));
}
