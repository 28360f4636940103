import type { BoardActionView, CouncilBoard } from '@dr/shared/council';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dayText, isoInstant, momentText } from '../../i18n/dateText';
import type { CouncilCredentials } from '../../live/councilMemberStore';
import { ConfirmDoneForm } from '../../followup/actions/ConfirmDoneForm';
import { sayRefusal, standingApi } from '../standingApi';
import { standingWords } from '../standingWords';

interface Props {
  board: CouncilBoard;
  councilId: string;
  token: string;
  member: CouncilCredentials;
  /** Opened through a meeting's link to it (`?view=supervision`): brought into view and focused. */
  focus: boolean;
  onChange: () => void;
}

/**
 * The supervisor's own view (行难管): every action item they supervise across the council's
 * meetings, its progress and timeline, and "Confirm done" (确认完成) with an optional note, sent to the
 * item's meeting from here (`POST …/actions/confirm`) whichever meeting is in session, or none. An
 * item they may no longer confirm (an interest declared since they were named) says why. In the
 * council's own words (not the follow-up's cards): loading those here split the phone's shared
 * chunks and grew its critical path past the budget.
 */
export function SupervisionView({ board, councilId, token, member, focus, onChange }: Props) {
  const { t: s, i18n } = useTranslation('council');
  const heading = useRef<HTMLHeadingElement>(null);
  const mine = board.actions.filter((a) => a.supervisorId === member.memberId);
  const confirmed = (a: BoardActionView) => a.confirmedBy !== null && a.status === 'done';
  const ordered = [...mine.filter((a) => !confirmed(a)), ...mine.filter(confirmed)];

  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focus]);

  const confirm = (action: BoardActionView) => async (note: string) => {
    const item = { roomId: action.roomId, actionId: action.id, ...(note ? { note } : {}) };
    const answer = await standingApi.confirm(councilId, token, member, item);
    if (!answer.ok) return sayRefusal(answer.refusal, i18n.resolvedLanguage, s('failed'));
    onChange();
    return null;
  };

  return (
    <section className="council__section stack" aria-labelledby="council-supervision">
      <h2 id="council-supervision" ref={heading} tabIndex={-1}>
        {s('supervision.heading')}
      </h2>
      {mine.length === 0 ? (
        <p>{s('supervision.none')}</p>
      ) : (
        <ul className="council__list">
          {ordered.map((action) => (
            <SupervisedItem
              key={`${action.roomId}:${action.id}`}
              action={action}
              timeZone={board.timeZone}
              confirm={confirmed(action) ? null : confirm(action)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface ItemProps {
  action: BoardActionView;
  timeZone: string;
  /** Null once confirmed. */
  confirm: ((note: string) => Promise<string | null>) | null;
}

/** One supervised item: its facts, progress and timeline, and the confirmation (or why not). */
function SupervisedItem({ action, timeZone, confirm }: ItemProps) {
  const { t: s, i18n } = useTranslation('council');
  const language = i18n.resolvedLanguage;
  const { terms, words } = standingWords(language);
  const colon = s('colon');
  const barred =
    action.confirmBar && sayRefusal({ code: 'forbidden', message: '', reason: action.confirmBar }, language, '');
  return (
    <li className={action.overdue ? 'supervised supervised--overdue stack' : 'supervised stack'}>
      <p className="council__muted">{action.meetingTitle}</p>
      <h3 className="supervised__title">
        {action.title} <span className="tag">{terms.statuses[action.status]}</span>
        {action.overdue && <span className="tag tag--overdue">{s('overdue')}</span>}
      </h3>
      <dl className="supervised__facts">
        <Fact term={terms.record.owner} value={action.owner} />
        <Fact term={terms.record.dueDate} value={dayText(action.dueDate, language)} />
        <Fact term={words.supervisor} value={action.supervisor ?? ''} />
        {action.confirmedBy && <Fact term={words.confirmedBy} value={action.confirmedBy} />}
      </dl>
      <label className="supervised__progress">
        {`${s('supervision.progress')}${colon}${action.progress}%`}
        <progress max={100} value={action.progress} />
      </label>
      {action.timeline.length > 0 && (
        <ol className="supervised__timeline" aria-label={s('supervision.timeline')}>
          {action.timeline.map((entry, index) => (
            <li key={index}>
              <time dateTime={isoInstant(entry.at)}>{momentText(entry.at, language, timeZone)}</time>
              {` · ${entry.author ?? s('supervision.hostConsole')}`}
              {entry.status !== null && ` · ${terms.statuses[entry.status]}`}
              {entry.progress !== null && ` · ${entry.progress}%`}
              {entry.note && <p className="supervised__note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {confirm &&
        (barred ? (
          <p className="supervised__barred" role="status">
            {s('supervision.barred', { reason: barred })}
          </p>
        ) : (
          <ConfirmDoneForm
            label={`${words.confirmDone}${s('colon')}${action.title}`}
            noteLabel={s('supervision.note')}
            submit={words.confirmDone}
            confirm={confirm}
          />
        ))}
    </li>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
