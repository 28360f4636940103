import type { AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';

/** A topic's place on the agenda: its number, title, step and time box, and whether it is under discussion. */
export function AgendaItemLine({ item, index, active }: { item: AgendaItem; index: number; active: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="agenda__number">{index + 1}</span>
      <div className="agenda__body">
        <span className="agenda__title">{item.title}</span>
        <span className="agenda__meta">
          {active && <span className="tag tag--active">{t('room.agenda.activeTag')}</span>}
          <span className="tag tag--step">{t(`steps.${item.step}.short`)}</span>
          {item.timeboxSec !== null && (
            <span className="hint">{t('room.agenda.timebox', { minutes: Math.round(item.timeboxSec / 60) })}</span>
          )}
        </span>
      </div>
    </>
  );
}
