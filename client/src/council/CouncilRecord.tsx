import type { CouncilBoard } from '@dr/shared/council';
import { useTranslation } from 'react-i18next';
import { dayText } from '../i18n/dateText';
import { councilText } from './councilText';

/** Across meetings (决难行 · 行难管): the action items still open, every decision, and the notice board (公示栏). */
export function CouncilRecord({ board }: { board: CouncilBoard }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { s, terms, words } = councilText(language);
  const open = board.actions.filter((a) => a.status !== 'done');
  const done = board.actions.filter((a) => a.status === 'done');
  const table = (actions: CouncilBoard['actions']) => (
    <div className="council__scroll">
      <table className="council__table">
        <thead>
          <tr>
            <th scope="col">{terms.record.actionItems}</th>
            <th scope="col">{s.meetingOf}</th>
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
                {a.overdue && <span className="tag tag--overdue">{s.overdue}</span>}
              </td>
              <td>
                {a.supervisor ?? '—'}
                {a.confirmedBy && (
                  <div className="council__muted">{`${words.confirmedBy}${s.colon}${a.confirmedBy}`}</div>
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
        <h2 id="council-actions">{s.openActions}</h2>
        {open.length === 0 ? <p>{s.noActions}</p> : table(open)}
        {done.length > 0 && (
          <details>
            <summary>{s.allActions}</summary>
            {table(done)}
          </details>
        )}
      </section>
      <section className="council__section stack" aria-labelledby="council-decisions">
        <h2 id="council-decisions">{s.decisions}</h2>
        {board.decisions.length === 0 ? (
          <p>{s.noDecisions}</p>
        ) : (
          <ul className="council__list">
            {board.decisions.map((d, i) => (
              <li key={`${d.roomId}:${i}`}>
                <strong>{d.itemTitle}</strong>
                {s.colon}
                {d.statement}
                <span className="tag">{terms.outcomes[d.outcome as keyof typeof terms.outcomes] ?? d.outcome}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="council__section stack" aria-labelledby="council-notices">
        <h2 id="council-notices">{s.noticeBoard}</h2>
        {board.notices.length === 0 ? (
          <p>{s.noNotices}</p>
        ) : (
          <ul className="council__list">
            {board.notices.map((n) => (
              <li key={n.roomId}>
                <a href={new URL(n.url).pathname}>{n.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
