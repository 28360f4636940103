import { currentMembers, supervisorBarred } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';

interface Props {
  /** The agenda item whose decision the action item serves: interests declared in it bar a member. */
  itemId: string;
  /** The owner's member id ('' or null: not a member); the owner cannot supervise. */
  ownerMemberId: string | null;
  value: string;
  onChange: (memberId: string) => void;
  label?: string;
}

/**
 * The choice of a supervisor (监督人, 行难管): every current member, those who cannot supervise (the
 * owner, anyone who declared an interest in the topic) shown disabled with the reason, and the
 * reasons said again below the field for screen readers. The rule is the server's own (`supervisorBarred`).
 */
export function SupervisorSelect({ itemId, ownerMemberId, value, onChange, label }: Props) {
  const { t } = useTranslation('followup');
  const id = useId();
  const { state } = useRoomView();
  const choices = currentMembers(state).map((member) => {
    const bar = supervisorBarred(state, { itemId, ownerMemberId: ownerMemberId || null }, member.id);
    const reason =
      bar && !bar.ok
        ? t(
            bar.error.reason === 'action.supervisorIsOwner'
              ? 'supervision.barredOwner'
              : 'supervision.barredInterested',
          )
        : null;
    return { member, reason };
  });
  const barred = choices.filter((c) => c.reason !== null);
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('supervision.label')}</label>
      <select id={id} value={value} aria-describedby={`${id}-help`} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('supervision.none')}</option>
        {choices.map(({ member, reason }) => (
          <option key={member.id} value={member.id} disabled={reason !== null}>
            {reason ? t('supervision.option', { name: member.name, reason }) : member.name}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-help`}>
        {t('supervision.help')}
        {barred.length > 0 &&
          ` ${t('supervision.cannot', {
            list: barred
              .map((c) => t('supervision.listEntry', { name: c.member.name, reason: c.reason }))
              .join(t('supervision.separator')),
          })}`}
      </p>
    </div>
  );
}
