import type { RoomState } from '@dr/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  state: RoomState;
  memberId: string;
  youId: string | null;
}

/** A member's name with an "in the room" / "remote" tag, and "you" for oneself. */
export function MemberLabel({ state, memberId, youId }: Props) {
  const { t } = useTranslation();
  const member = state.members[memberId];
  return (
    <span className="member-label">
      <span className="member-label__name">{member?.name ?? t('common.unknownMember')}</span>
      {memberId === youId && <span className="tag tag--you">{t('common.you')}</span>}
      {member && <span className={`tag tag--${member.presence}`}>{t(`presence.${member.presence}`)}</span>}
    </span>
  );
}
