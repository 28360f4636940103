import type { Fact } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './FactList.css';

/** The facts established for a topic (明事), each with its source. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const { t } = useTranslation();
  if (facts.length === 0) return <p className="hint">{t('room.facts.none')}</p>;
  return (
    <ul className="facts">
      {facts.map((fact) => (
        <li key={fact.id} className="facts__item">
          <p className="facts__text">{fact.text}</p>
          {fact.source && <p className="hint">{t('room.facts.source', { source: fact.source })}</p>}
        </li>
      ))}
    </ul>
  );
}
