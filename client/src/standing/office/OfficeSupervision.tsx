import type { OfficeReport } from '@dr/shared/council';
import { useTranslation } from 'react-i18next';
import { standingWords } from '../standingWords';

/** 行难管 across the office's councils: each supervised action item, who supervises it and who confirmed it done. */
export function OfficeSupervision({ councils }: { councils: OfficeReport['councils'] }) {
  const { t: text, i18n } = useTranslation('office');
  const { words } = standingWords(i18n.resolvedLanguage);
  const rows = councils.flatMap((c) =>
    c.supervised.map((item, i) => ({ council: c.name, key: `${c.councilId}:${i}`, item })),
  );
  return (
    <section className="council__section stack" aria-labelledby="office-supervision">
      <h2 id="office-supervision">{text('supervision')}</h2>
      {rows.length === 0 ? (
        <p>{text('noSupervision')}</p>
      ) : (
        // Scrolls inside its box on a narrow phone: focusable, so a keyboard can scroll it too.
        <div className="council__scroll" role="region" aria-labelledby="office-supervision" tabIndex={0}>
          <table className="council__table">
            <thead>
              <tr>
                <th scope="col">{text('council')}</th>
                <th scope="col">{text('item')}</th>
                <th scope="col">{words.supervisor}</th>
                <th scope="col">{words.confirmedBy}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ council, key, item }) => (
                <tr key={key}>
                  <td>{council}</td>
                  <td>{text('itemOf', { title: item.title, meeting: item.meetingTitle })}</td>
                  <td>{item.supervisor}</td>
                  <td>{item.confirmedBy ?? text('notConfirmed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
