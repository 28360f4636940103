import { useTranslation } from 'react-i18next';
import { loadMember } from '../../live/memberStore';
import { useRoomView } from '../../live/RoomContext';
import { tokenFromHash } from '../../live/token';
import { loadCouncilMember, saveCouncilMember } from '../../live/councilMemberStore';

/** The council page's address that opens on the supervisor's own view (CouncilPage reads `view`). */
export function supervisionHref(councilId: string, token: string): string {
  return `/c/${encodeURIComponent(councilId)}?view=supervision#t=${token}`;
}

/**
 * In a council's meeting, the way to the supervisor's own view (行难管): every item they supervise
 * across the council's meetings, confirmed from there whichever meeting is in session. The meeting's
 * link is the council's (its member or host token), and the member's credentials in the room are
 * their roster credentials, so the council page knows them without joining again.
 */
export function SupervisionLink() {
  const { t } = useTranslation('followup');
  const { state, youId } = useRoomView();
  const token = tokenFromHash(window.location.hash);
  const councilId = state.council?.councilId;
  if (!councilId || !token || youId === null) return null;
  const remember = () => {
    const member = loadMember(state.roomId);
    if (member && member.memberId === youId && !loadCouncilMember(councilId)) {
      saveCouncilMember(councilId, { ...member, meetingToken: token });
    }
  };
  return (
    <p>
      <a href={supervisionHref(councilId, token)} onClick={remember}>
        {t('supervision.ownViewLink')}
      </a>
    </p>
  );
}
