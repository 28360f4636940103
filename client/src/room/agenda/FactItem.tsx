import type { FactView } from '@dr/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isoInstant, momentText } from '../../i18n/dateText';
import './FactList.css';

/**
 * One fact established (明事) as the meeting screen and the notice show it: its text, source, who
 * recorded it and when in the meeting's time zone; a retracted one stays, struck through, with who
 * withdrew it and why. `children` follow it (the host's retract button on the meeting screen).
 */
export function FactItem({ fact, timeZone, children }: { fact: FactView; timeZone: string; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const when = (ms: number) => <time dateTime={isoInstant(ms)}>{momentText(ms, i18n.resolvedLanguage, timeZone)}</time>;
  return (
    <li className={`facts__item${fact.retracted ? ' facts__item--retracted' : ''}`}>
      <p className="facts__text">{fact.text}</p>
      {fact.source && <p className="hint">{t('room.facts.source', { source: fact.source })}</p>}
      <p className="hint">
        {t('room.facts.recorded', { who: fact.recordedBy ?? t('room.facts.host') })} {when(fact.recordedAt)}
      </p>
      {fact.retracted && (
        <p className="facts__retracted">
          {t('room.facts.retracted', { who: fact.retracted.by ?? t('room.facts.host'), reason: fact.retracted.reason })}{' '}
          {when(fact.retracted.at)}
        </p>
      )}
      {children}
    </li>
  );
}
