import type { BoardActionView, CouncilBoard } from '@dr/shared/council';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFacts } from '../../followup/actions/ActionFacts';
import { ActionList, ActionListItem } from '../../followup/actions/ActionList';
import { ActionTimeline } from '../../followup/actions/ActionTimeline';
import { ConfirmBarred, ConfirmDoneForm } from '../../followup/actions/ConfirmDoneForm';
import type { CouncilCredentials } from '../../live/councilMemberStore';
import { sayRefusal, standingApi } from '../standingApi';

interface Props {
  board: CouncilBoard;
  councilId: string;
  token: string;
  member: CouncilCredentials;
  /** Opened through the meeting's link to it (`?view=supervision`): brought into view and focused. */
  focus: boolean;
  onChange: () => void;
}

/**
 * The supervisor's own view (行难管): every action item they supervise across the council's
 * meetings, its progress and timeline, and "Confirm done" with an optional note, sent to the item's
 * meeting from here (`POST …/actions/confirm`) whichever meeting is in session, or none. An item they
 * may no longer confirm (an interest declared since they were named) says why.
 */
export function SupervisionView({ board, councilId, token, member, focus, onChange }: Props) {
  const { t, i18n } = useTranslation('followup');
  const heading = useRef<HTMLHeadingElement>(null);
  const mine = board.actions.filter((a) => a.supervisorId === member.memberId);
  const open = mine.filter((a) => a.confirmedBy === null || a.status !== 'done');
  const confirmed = mine.filter((a) => !open.includes(a));

  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focus]);

  const confirm = (action: BoardActionView) => async (note: string) => {
    const answer = await standingApi.confirm(councilId, token, member, {
      roomId: action.roomId,
      actionId: action.id,
      ...(note ? { note } : {}),
    });
    if (!answer.ok) return sayRefusal(answer.refusal, i18n.resolvedLanguage, '');
    onChange();
    return null;
  };

  const card = (action: BoardActionView, confirmable: boolean) => (
    <ActionListItem key={`${action.roomId}:${action.id}`} overdue={action.overdue}>
      <p className="council__muted">{action.meetingTitle}</p>
      <ActionFacts action={action} heading="h3" />
      <ActionTimeline entries={action.timeline} timeZone={board.timeZone} />
      {confirmable &&
        (action.confirmBar ? (
          <ConfirmBarred
            reason={sayRefusal(
              { code: 'forbidden', message: '', reason: action.confirmBar },
              i18n.resolvedLanguage,
              '',
            )}
          />
        ) : (
          <ConfirmDoneForm title={action.title} confirm={confirm(action)} />
        ))}
    </ActionListItem>
  );

  return (
    <section className="council__section stack supervision" aria-labelledby="council-supervision">
      <h2 id="council-supervision" ref={heading} tabIndex={-1}>
        {t('supervision.ownView')}
      </h2>
      {mine.length === 0 ? (
        <p>{t('supervision.noneYours')}</p>
      ) : (
        <ActionList>
          {open.map((a) => card(a, true))}
          {confirmed.map((a) => card(a, false))}
        </ActionList>
      )}
    </section>
  );
}
