import { attemptRefusal, type ActionItem } from '@dr/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canAttempt } from '../../live/can';
import { errorMessage, errorMessageWithTexts } from '../../live/errorMessage';
import { useRefusalTexts } from '../../live/refusalTexts';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { ConfirmBarred, ConfirmDoneForm } from './ConfirmDoneForm';
import { SupervisorSelect } from './SupervisorSelect';
import { useField } from '../../ui/field';

/**
 * Supervision of one action item in the room (行难管): its supervisor confirms it done here (or is
 * told why they cannot: an interest declared since they were named), and the host names another
 * supervisor until it is confirmed.
 */
export function ActionSupervision({ action }: { action: ActionItem }) {
  const { t, i18n } = useTranslation('followup');
  const { t: tApp } = useTranslation();
  useRefusalTexts(); // the bar is this page's own ruling: its words come with the refusal texts
  const { state, you, youId, send } = useRoomView();
  const actor = { role: you.role, memberId: you.memberId };
  const confirmed = action.confirmedBy !== null && action.status === 'done';
  const mayChange = canAttempt(state, you, { type: 'action.supervise', actionId: action.id });
  const supervising = youId !== null && action.supervisorMemberId === youId && !confirmed;
  const bar = supervising ? attemptRefusal(state, actor, { type: 'action.confirm', actionId: action.id }) : null;

  const confirm = async (note: string) => {
    const command = { type: 'action.confirm' as const, actionId: action.id, ...(note ? { note } : {}) };
    const ack = await send(command).catch(() => null);
    if (ack?.ok) return null;
    return errorMessageWithTexts(tApp, i18n.resolvedLanguage, ack && !ack.ok ? ack.error : null);
  };

  return (
    <>
      {supervising &&
        (bar ? (
          <ConfirmBarred reason={errorMessage(tApp, i18n.resolvedLanguage, bar)} />
        ) : (
          <ConfirmDoneForm
            label={t('supervision.confirmLabel', { title: action.title })}
            noteLabel={t('supervision.note')}
            submit={t('actions.confirmDone')}
            confirm={confirm}
          />
        ))}
      {mayChange && (
        <details className="disclosure">
          <summary>{t('supervision.change')}</summary>
          <ChangeSupervisor action={action} />
        </details>
      )}
    </>
  );
}

/** The host names another supervisor, or none (the same choice as when the item was created). */
function ChangeSupervisor({ action }: { action: ActionItem }) {
  const { t } = useTranslation('followup');
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [value, valueField] = useField(action.supervisorMemberId ?? '');
  const [saved, setSaved] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (await run({ type: 'action.supervise', actionId: action.id, supervisorMemberId: value || null })) setSaved(true);
  };
  return (
    <form
      className="stack"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('supervision.changeLabel', { title: action.title })}
    >
      <SupervisorSelect itemId={action.itemId} ownerMemberId={action.ownerMemberId} {...valueField} />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button
        type="submit"
        className="button button--primary"
        disabled={busy || value === (action.supervisorMemberId ?? '')}
      >
        {t('supervision.save')}
      </button>
      <p className="hint" aria-live="polite">
        {saved ? t('supervision.saved') : ''}
      </p>
    </form>
  );
}
