import { currentMembers, LIMITS, own } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { MemberSelect } from '../../ui/MemberSelect';
import { TextField } from '../../ui/TextField';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';
import { CardForm } from '../../ui/CardForm';
import { useField } from '../../ui/field';

interface Props {
  itemId: string;
  /** The host declares for any member; a member for themselves. */
  host?: boolean;
  /** Start as a single button (on a phone the form would push the queue out of sight). */
  collapsible?: boolean;
}

/**
 * Declare an interest in a topic (利益回避), or withdraw it. A member declares their own; the host
 * chooses the member (someone without a phone, or who told the chair). The note says what the
 * interest is, for everyone to read.
 */
export function InterestForm({ itemId, host = false, collapsible = false }: Props) {
  const { t } = useTranslation();
  const { state, youId, send } = useRoomView();
  const runner = useCommand(send);
  const { run, busy, error, dismiss } = runner;
  const [note, noteField, setNote] = useField('');
  const [chosen, setChosen] = useState('');
  const [open, setOpen] = useState(!collapsible);
  const item = own(state.items, itemId);
  const members = currentMembers(state);
  const memberId = host ? (members.some((m) => m.id === chosen) ? chosen : (members[0]?.id ?? '')) : youId;
  if (!item || !memberId) return null;
  const declared = item.interests.find((d) => d.memberId === memberId);
  const forWhom = host ? { memberId } : {};

  const onSubmit = async () => {
    if (await run({ type: 'interest.declare', itemId, note: note.trim(), ...forWhom })) setNote('');
  };

  return (
    <CardForm
      heading={host ? t('room.interests.declareFor') : t('room.interests.declare')}
      onSubmit={onSubmit}
      fold={{ open: open || Boolean(declared), onOpen: () => setOpen(true), label: t('room.interests.declare') }}
    >
      <p className="hint">{t('room.interests.help')}</p>
      {host && (
        <MemberSelect label={t('room.interests.memberLabel')} members={members} value={memberId} onChange={setChosen} />
      )}
      <TextField label={t('room.interests.noteLabel')} required maxLength={LIMITS.reason} {...noteField} />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <div className="row-actions">
        <button type="submit" className="button button--primary" disabled={busy || note.trim() === ''}>
          {declared ? t('room.interests.update') : t('room.interests.submit')}
        </button>
        {declared && (
          <CommandButton runner={runner} command={{ type: 'interest.withdraw', itemId, ...forWhom }}>
            {t('room.interests.withdraw')}
          </CommandButton>
        )}
      </div>
    </CardForm>
  );
}
