import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useNamesOf } from '../../live/useAllMembers';
import { useGroupLabel } from './useGroupLabel';
import './MemberLabel.css';

interface Props {
  memberId: string;
  /** Also show the stakeholder group (default true). */
  withGroup?: boolean;
}

/** A member's name with "in the room" / "remote", their group, and "you" for oneself. */
export function MemberLabel({ memberId, withGroup = true }: Props) {
  const { t } = useTranslation();
  const { state, youId } = useRoomView();
  const groupLabel = useGroupLabel();
  useNamesOf([memberId]);
  const member = own(state.members, memberId);
  return (
    <span className="member-label">
      <span className="member-label__name">{member?.name ?? t('common.unknownMember')}</span>
      {memberId === youId && <span className="tag tag--you">{t('common.you')}</span>}
      {/* A council's roster member seated in advance is neither in the room nor remote until they arrive. */}
      {member?.arrivedAt != null && (
        <span className={`tag tag--${member.presence}`}>{t(`presence.${member.presence}`)}</span>
      )}
      {withGroup && member?.group && <span className="tag tag--group">{groupLabel(member.group)}</span>}
      {member?.proxy && <span className="tag">{t('common.noPhone')}</span>}
      {member && member.removedAt !== null && <span className="tag">{t('common.removed')}</span>}
    </span>
  );
}
