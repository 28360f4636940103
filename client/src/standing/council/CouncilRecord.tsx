import type { CouncilBoard } from '@dr/shared/council';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dayText } from '../../i18n/dateText';
import { standingWords } from '../standingWords';

/** Across meetings (决难行 · 行难管): the action items still open, every decision, and the notice board (公示栏). */
export function CouncilRecord({ board }: { board: CouncilBoard }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { t: s } = useTranslation('council');
  const { terms, words } = standingWords(language);
  const open = board.actions.filter((a) => a.status !== 'done');
  const done = board.actions.filter((a) => a.status === 'done');
  const table = (actions: CouncilBoard['actions']) => (
    // Scrolls inside its box on a narrow phone: focusable, so a keyboard can scroll it too.
    <div className="council__scroll" role="region" aria-label={terms.record.actionItems} tabIndex={0}>
      <table className="council__table">
        <thead>
          <tr>
            <th scope="col">{terms.record.actionItems}</th>
            <th scope="col">{s('meetingOf')}</th>
            <th scope="col">{terms.record.owner}</th>
            <th scope="col">{terms.record.dueDate}</th>
            <th scope="col">{terms.record.status}</th>
            <th scope="col">{words.supervisor}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={`${a.roomId}:${a.id}`}>
              <td>{a.title}</td>
              <td>{a.meetingTitle}</td>
              <td>{a.owner}</td>
              <td>{dayText(a.dueDate, language)}</td>
              <td>
                {`${terms.statuses[a.status]} · ${a.progress}%`}
                {a.overdue && <span className="tag tag--overdue">{s('overdue')}</span>}
              </td>
              <td>
                {a.supervisor ?? '—'}
                {a.confirmedBy && (
                  <div className="council__muted">{`${words.confirmedBy}${s('colon')}${a.confirmedBy}`}</div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      <section className="council__section stack" aria-labelledby="council-actions">
        <h2 id="council-actions">{s('openActions')}</h2>
        {open.length === 0 ? <p>{s('noActions')}</p> : table(open)}
        {done.length > 0 && (
          <details>
            <summary>{s('allActions')}</summary>
            {table(done)}
          </details>
        )}
      </section>
      <ListSection
        id="council-decisions"
        heading={s('decisions')}
        empty={s('noDecisions')}
        items={board.decisions}
        keyOf={(d, i) => `${d.roomId}:${i}`}
        render={(d) => (
          <>
            <strong>{d.itemTitle}</strong>
            {s('colon')}
            {d.statement}
            <span className="tag">{terms.outcomes[d.outcome as keyof typeof terms.outcomes] ?? d.outcome}</span>
          </>
        )}
      />
      <ListSection
        id="council-notices"
        heading={s('noticeBoard')}
        empty={s('noNotices')}
        items={board.notices}
        keyOf={(n) => n.roomId}
        render={(n) => <a href={new URL(n.url).pathname}>{n.title}</a>}
      />
    </>
  );
}

interface ListSectionProps<T> {
  id: string;
  heading: string;
  /** Said instead of an empty list. */
  empty: string;
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  render: (item: T) => ReactNode;
}

/** One section of the record: its heading, then its list, or a sentence saying there is nothing yet. */
function ListSection<T>({ id, heading, empty, items, keyOf, render }: ListSectionProps<T>) {
  return (
    <section className="council__section stack" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="council__list">
          {items.map((item, i) => (
            <li key={keyOf(item, i)}>{render(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
