import type { CouncilBoard } from '@dr/shared/council';
import { useTranslation } from 'react-i18next';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** 打分器 over time: each meeting's mean total, and the weakest indicators with their trend. */
export function CouncilScores({ board }: { board: CouncilBoard }) {
  const { t: s } = useTranslation('council');
  const scored = board.scores.filter((m) => m.submissions > 0);
  return (
    <section className="council__section stack" aria-labelledby="council-scores">
      <h2 id="council-scores">{s('scores')}</h2>
      {scored.length === 0 ? (
        <p>{s('noScores')}</p>
      ) : (
        <table className="council__table">
          <thead>
            <tr>
              <th scope="col">{s('meetingOf')}</th>
              <th scope="col">{s('total')}</th>
            </tr>
          </thead>
          <tbody>
            {board.scores.map((m) => (
              <tr key={m.roomId}>
                <td>{m.title}</td>
                <td>{m.submissions > 0 ? percent(m.total) : s('unscored')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {board.weakest.length > 0 && (
        <>
          <h3>{s('weakest')}</h3>
          <ol>
            {board.weakest.map((w) => (
              <li key={w.indicatorId}>
                {`${w.label}${s('colon')}${percent(w.share)}`}
                {w.trend !== null && (
                  <span className="council__muted">{` · ${s('trend')} ${w.trend >= 0 ? '↑' : '↓'}${percent(Math.abs(w.trend))}`}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
