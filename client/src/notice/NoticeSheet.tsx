import type { Notice } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dayText, isoInstant, momentText } from '../i18n/dateText';
import { noticePath } from '../followup/notice/noticePath';
import { NoticeDecision } from './NoticeDecision';
import { NoticeFacts } from './NoticeFacts';
import { NoticeItemFacts } from './NoticeItemFacts';
import { NoticeQr } from './NoticeQr';
import { NoticeRounds } from './NoticeRounds';
import { NoticeProxies } from './NoticeProxies';
import { ChainHeadLine } from '../followup/notice/ChainHeadLine';
import './NoticeSheet.css';

/** The notice itself: one sheet that reads on a phone and prints as an A4 page for the notice board. */
export function NoticeSheet({ notice }: { notice: Notice }) {
  const { t, i18n } = useTranslation('followup');
  const id = useId();
  const language = i18n.resolvedLanguage;
  const liveUrl = `${window.location.origin}${noticePath(notice.roomId)}`;
  const { summary } = notice;

  return (
    <main className="page public-notice print-sheet" lang={language}>
      <header className="public-notice__header">
        <p className="public-notice__kicker">{t('publicNotice.heading')}</p>
        <h1>{notice.title}</h1>
        <p className="hint">
          {t('publicNotice.asOf')}{' '}
          <time dateTime={isoInstant(notice.generatedAt)}>
            {momentText(notice.generatedAt, language, notice.timeZone)}
          </time>
        </p>
        {notice.period && (
          <p className="public-notice__period">
            {t('publicNotice.period', {
              first: dayText(notice.period.firstDay, language),
              last: dayText(notice.period.lastDay, language),
              count: notice.period.periodDays,
            })}
          </p>
        )}
      </header>

      <section className="public-notice__part" aria-labelledby={`${id}-facts`}>
        <h2 id={`${id}-facts`}>{t('publicNotice.facts')}</h2>
        <NoticeFacts notice={notice} />
      </section>

      <section className="public-notice__part stack" aria-labelledby={`${id}-item-facts`}>
        <h2 id={`${id}-item-facts`}>{t('publicNotice.itemFacts')}</h2>
        <NoticeItemFacts notice={notice} />
      </section>

      <section className="public-notice__part stack" aria-labelledby={`${id}-decisions`}>
        <h2 id={`${id}-decisions`}>{t('publicNotice.decisions')}</h2>
        <p className="public-notice__summary">
          {t('publicNotice.summary', {
            decisions: t('publicNotice.summaryDecisions', { count: summary.decisions, adopted: summary.adopted }),
            actions: t('publicNotice.summaryActions', { count: summary.actions, done: summary.done }),
          })}
          {summary.overdue > 0 && (
            <span className="tag tag--overdue">{t('publicNotice.overdueCount', { count: summary.overdue })}</span>
          )}
        </p>
        {notice.decisions.length === 0 && <p className="hint">{t('publicNotice.noDecisions')}</p>}
        {notice.decisions.map((decision) => (
          <NoticeDecision key={decision.id} decision={decision} timeZone={notice.timeZone} />
        ))}
      </section>

      <section className="public-notice__part stack" aria-labelledby={`${id}-rounds`}>
        <h2 id={`${id}-rounds`}>{t('law.notice.heading')}</h2>
        <NoticeRounds rounds={notice.rounds} />
      </section>

      <NoticeProxies proxies={notice.proxies} headingId={`${id}-proxies`} />

      {notice.chain && <ChainHeadLine head={notice.chain} className="chain-head public-notice__chain" />}

      <footer className="public-notice__footer">
        <NoticeQr url={liveUrl} />
        <div className="row-actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('publicNotice.print')}
          </button>
          <a
            className="button"
            href={`/api/rooms/${encodeURIComponent(notice.roomId)}/notice.pdf`}
            target="_blank"
            rel="noopener"
          >
            {t('paper.printPoster')}
          </a>
        </div>
        <p className="hint no-print">{t('paper.posterHint')}</p>
      </footer>
    </main>
  );
}
