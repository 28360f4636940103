import type { OfficeDisclosureView, OfficeReport } from '@dr/shared/council';
import { useTranslation } from 'react-i18next';
import { dayText } from '../../i18n/dateText';
import { standingWords } from '../standingWords';

/**
 * 村务公开 across the office's councils: the disclosures overdue (longest first) and those due soon,
 * each with its council, meeting and due day, so the office sees which village owes its residents a
 * notice (村民委员会组织法 art. 31: a missing disclosure may be reported to the township).
 */
export function OfficeDisclosures({ disclosures }: { disclosures: OfficeReport['disclosures'] }) {
  const { t: text, i18n } = useTranslation('office');
  const language = i18n.resolvedLanguage;
  const { words } = standingWords(language);
  const list = (id: string, heading: string, empty: string, items: OfficeDisclosureView[]) => (
    <>
      <h3 id={id}>{heading}</h3>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="council__list" aria-labelledby={id}>
          {items.map((d) => (
            <li key={`${d.councilId}-${d.roomId}-${d.kind}`} className="council__disclosure" data-status={d.status}>
              <strong>{d.councilName}</strong>
              <span>{`${d.kind === 'resolution' ? words.resolutionDisclosure : words.resultDisclosure} · ${d.title}`}</span>
              {d.dueDate && (
                <span className={d.status === 'overdue' ? 'tag tag--overdue' : 'tag'}>
                  {text('disclosureDue', { date: dayText(d.dueDate, language) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <section className="council__section stack" aria-labelledby="office-disclosures">
      <h2 id="office-disclosures">{text('disclosures')}</h2>
      {list('office-overdue', text('disclosuresOverdue'), text('noOverdueDisclosures'), disclosures.overdue)}
      {list('office-upcoming', text('disclosuresUpcoming'), text('noUpcomingDisclosures'), disclosures.upcoming)}
    </section>
  );
}
