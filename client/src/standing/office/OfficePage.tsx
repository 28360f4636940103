import type { OfficeReport } from '@dr/shared/council';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../live/refusal';
import { sayRefusal, standingApi } from '../standingApi';
import { CreateCouncilForm } from '../council/CreateCouncilForm';
import { LinkCard } from '../../ui/LinkCard';
import { LinkTokenPage } from '../../ui/LinkTokenPage';
import { MessagePage } from '../../ui/MessagePage';
import '../standing.css';
import { OfficeSupervision } from './OfficeSupervision';
import { OfficeDisclosures } from './OfficeDisclosures';

type Load =
  { status: 'loading' } | { status: 'failed'; refusal: Refusal | null } | { status: 'ready'; report: OfficeReport };

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * `/o/<officeId>#t=<token>`: a township or street office (街镇) compares its councils: meetings,
 * participation, decisions with and without action items, overdue items, scores, and the weak
 * points most councils share (共性问题), with a chart.
 */
export function OfficePage({ officeId }: { officeId: string }) {
  return <LinkTokenPage>{(token) => <OfficeView officeId={officeId} token={token} />}</LinkTokenPage>;
}

function OfficeView({ officeId, token }: { officeId: string; token: string }) {
  const { i18n } = useTranslation();
  const { t: text } = useTranslation('office');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    void standingApi.officeReport(officeId, token, controller.signal).then((answer) => {
      if (controller.signal.aborted) return;
      setLoad(answer.ok ? { status: 'ready', report: answer.value } : { status: 'failed', refusal: answer.refusal });
    });
    return () => controller.abort();
  }, [officeId, token, attempt]);

  if (load.status === 'loading') return <MessagePage heading={text('loading')} body="" />;
  if (load.status === 'failed') {
    return (
      <MessagePage heading={text('failed')} body={sayRefusal(load.refusal, i18n.resolvedLanguage, '')}>
        <button type="button" className="button button--primary" onClick={() => setAttempt((n) => n + 1)}>
          {text('retry')}
        </button>
      </MessagePage>
    );
  }
  const { report } = load;
  return (
    <main className="page council stack">
      <h1>{text('heading', { name: report.name })}</h1>
      {report.councils.length === 0 ? (
        <p>{text('noCouncils')}</p>
      ) : (
        <>
          {/* Narrow screens scroll the table, not the page (360 px). */}
          <div className="council__scroll" role="region" aria-label={text('tableLabel')} tabIndex={0}>
            <table className="council__table">
              <thead>
                <tr>
                  <th scope="col">{text('council')}</th>
                  <th scope="col">{text('meetings')}</th>
                  <th scope="col">{text('speakers')}</th>
                  <th scope="col">{text('inRoomRemote')}</th>
                  <th scope="col">{text('groups')}</th>
                  <th scope="col">{text('decisions')}</th>
                  <th scope="col">{text('overdue')}</th>
                  <th scope="col">{text('score')}</th>
                </tr>
              </thead>
              <tbody>
                {report.councils.map((c) => (
                  <tr key={c.councilId}>
                    <td>
                      {/* The office's link opens each of its councils' pages as an observer. */}
                      <a href={`/c/${encodeURIComponent(c.councilId)}#t=${token}`}>{c.name}</a>
                    </td>
                    <td>{`${c.meetingsHeld} / ${c.meetingsCalled}`}</td>
                    <td>{c.distinctSpeakers}</td>
                    <td>{`${c.speakersInRoom} / ${c.speakersRemote}`}</td>
                    <td>{c.groups}</td>
                    <td>{`${c.decisionsWithActions} / ${c.decisionsWithoutActions}`}</td>
                    <td>{c.actionsOverdue}</td>
                    <td>{percent(c.scoreShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section className="council__section stack" aria-labelledby="office-chart">
            <h2 id="office-chart">{text('chart')}</h2>
            <CouncilsChart councils={report.councils} text={text} />
          </section>
        </>
      )}
      <OfficeDisclosures disclosures={report.disclosures} />
      {report.councils.length > 0 && <OfficeSupervision councils={report.councils} />}
      <section className="council__section stack" aria-labelledby="office-common">
        <h2 id="office-common">{text('common')}</h2>
        {report.common.length === 0 ? (
          <p>{text('noCommon')}</p>
        ) : (
          <ol>
            {report.common.map((w) => (
              <li
                key={w.indicatorId}
              >{`${w.label}${text('colon')}${percent(w.share)} · ${text('inCouncils', { count: w.councils })}`}</li>
            ))}
          </ol>
        )}
      </section>
      <section className="council__section">
        {/* Open while the office has no council yet (just created); folded away later. */}
        <details open={report.councils.length === 0}>
          <summary>{text('showLink')}</summary>
          <LinkCard label={text('link')} help={text('linkHelp')} url={officeLink(officeId, token)} />
        </details>
      </section>
      <CreateCouncilForm office={{ officeId, token, name: report.name }} />
    </main>
  );
}

/** This page's own address with its token, as the server made it at creation (`/o/<id>#t=<token>`). */
function officeLink(officeId: string, token: string): string {
  return `${window.location.origin}/o/${encodeURIComponent(officeId)}#t=${token}`;
}

/** The chart library loads only when the figures are here, never on a participant's way in. */
function CouncilsChart({ councils, text }: { councils: OfficeReport['councils']; text: TFunction<'office'> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let remove: (() => void) | null = null;
    let live = true;
    void import('./officeChart').then(({ drawOfficeChart }) => {
      if (live && canvas.current)
        remove = drawOfficeChart(canvas.current, councils, text('chartLabels', { returnObjects: true }));
    });
    return () => {
      live = false;
      remove?.();
    };
  }, [councils, text]);
  // Chart.js sizes the canvas to its container: the container holds the size.
  return (
    <div className="office__chart">
      <canvas ref={canvas} role="img" aria-label={text('chart')} />
    </div>
  );
}
