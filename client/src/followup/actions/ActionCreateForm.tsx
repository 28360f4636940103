import { currentMembers, FOLLOW_UP_LIMITS, LIMITS, own, type ActionTier } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { SupervisorSelect } from './SupervisorSelect';
import { TierChoice } from './TierChoice';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/field';

interface Props {
  decisionId: string;
  statement: string;
}

/**
 * The host gives a decision an action item (分层分类办事): what, who (a person or a body, maybe a
 * member, who can then report progress), who supervises it (a member with no stake, who confirms
 * it done), which tier, by when, and a category.
 */
export function ActionCreateForm({ decisionId, statement }: Props) {
  const { t } = useTranslation('followup');
  const id = useId();
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [title, titleField, setTitle] = useField('');
  const [ownerMemberId, setOwnerMemberId] = useState('');
  const [owner, ownerField, setOwner] = useField('');
  const [tier, tierField, setTier] = useField<ActionTier | null>(null);
  const [dueDate, dueDateField, setDueDate] = useField('');
  const [category, categoryField, setCategory] = useField('');
  const [supervisorMemberId, supervisorMemberIdField, setSupervisorMemberId] = useField('');
  const [added, setAdded] = useState<string | null>(null);
  const members = currentMembers(state);

  const itemId = own(state.decisions, decisionId)?.itemId ?? '';

  const pickMember = (memberId: string) => {
    const previous = own(state.members, ownerMemberId)?.name ?? '';
    setOwnerMemberId(memberId);
    // The owner cannot supervise their own item: a supervisor who became the owner is cleared.
    if (memberId !== '' && memberId === supervisorMemberId) setSupervisorMemberId('');
    // Fill the owner's name from the member, unless the host has typed some other owner.
    if (owner === '' || owner === previous) setOwner(own(state.members, memberId)?.name ?? '');
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!tier) return;
    const accepted = await run({
      type: 'action.create',
      decisionId,
      title: title.trim(),
      owner: owner.trim(),
      tier,
      dueDate,
      ...(ownerMemberId ? { ownerMemberId } : {}),
      ...(supervisorMemberId ? { supervisorMemberId } : {}),
      ...(category.trim() ? { category: category.trim() } : {}),
    });
    if (!accepted) return;
    setAdded(title.trim());
    setTitle('');
    setOwnerMemberId('');
    setOwner('');
    setTier(null);
    setDueDate('');
    setCategory('');
    setSupervisorMemberId('');
  };

  return (
    <form
      className="stack action-create"
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('create.formLabel', { statement })}
    >
      <TextField
        label={t('create.title')}
        required
        maxLength={LIMITS.title}
        placeholder={t('create.titlePlaceholder')}
        {...titleField}
      />
      <div className="field">
        <label htmlFor={`${id}-member`}>{t('create.ownerMember')}</label>
        <select id={`${id}-member`} value={ownerMemberId} onChange={(e) => pickMember(e.target.value)}>
          <option value="">{t('create.ownerMemberNone')}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        <p className="hint">{t('create.ownerMemberHelp')}</p>
      </div>
      <TextField
        label={t('create.owner')}
        required
        maxLength={FOLLOW_UP_LIMITS.owner}
        placeholder={t('create.ownerPlaceholder')}
        {...ownerField}
      />
      <SupervisorSelect itemId={itemId} ownerMemberId={ownerMemberId} {...supervisorMemberIdField} />
      <TierChoice name={`${id}-tier`} {...tierField} />
      <TextField label={t('create.dueDate')} type="date" required {...dueDateField} />
      <TextField
        label={t('create.category')}
        maxLength={FOLLOW_UP_LIMITS.category}
        placeholder={t('create.categoryPlaceholder')}
        {...categoryField}
      />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('create.submit')}
      </button>
      <p className="hint" aria-live="polite">
        {added ? t('create.added', { title: added }) : ''}
      </p>
    </form>
  );
}
