import type { Notice } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { FactItem } from '../room/agenda/FactItem';

/**
 * The facts established per topic (明事), with source, who recorded them and when, in the words of
 * the meeting screen; a retracted fact stays, struck through, with who withdrew it and why.
 */
export function NoticeItemFacts({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  if (notice.facts.length === 0) return <p className="hint">{t('room.facts.noneOnRecord')}</p>;
  return notice.facts.map((item) => (
    <div key={item.itemId} className="stack">
      <h3>{item.itemTitle}</h3>
      <ul className="plain-list facts">
        {item.facts.map((fact) => (
          <FactItem key={fact.id} fact={fact} timeZone={notice.timeZone} />
        ))}
      </ul>
    </div>
  ));
}
