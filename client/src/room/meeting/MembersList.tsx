import { currentMembers, membersInOrder, type Member, type PresenceMessage } from '@dr/shared';
import { useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../live/can';
import { MemberLabel } from './MemberLabel';
import { useRoomView } from '../../live/RoomContext';
import { useAllMembers } from '../../live/useAllMembers';
import './MembersList.css';

/**
 * Everyone who has joined, who of them is online now, and how many observers watch. The host may
 * remove a member; removed members stay listed apart, since the record keeps that they were there.
 * `actions`: the host console's more controls for a member, current or removed (erasing them);
 * `Remove`: its button that removes a current member (RemoveMemberButton), given by the console so
 * that a phone's path does not carry it (only the host may remove). In a big room whose members the
 * phone does not have yet, the list is a button until opened (`opened`: at once, the console's):
 * opening it asks for the members' pages (live/useAllMembers.ts).
 */
export function MembersList({
  presence,
  actions,
  Remove,
  opened: openedAtFirst = false,
}: {
  presence: PresenceMessage | null;
  actions?: (member: Member) => ReactNode;
  Remove?: ComponentType<{ memberId: string; name: string }>;
  opened?: boolean;
}) {
  const { t } = useTranslation();
  const { state, you, membersMissing } = useRoomView();
  const [opened, setOpened] = useState(openedAtFirst);
  useAllMembers(opened);
  const members = currentMembers(state);
  const removed = membersInOrder(state).filter((m) => m.removedAt !== null);
  const online = new Set(presence?.online ?? []);
  const onlineCount = members.filter((m) => online.has(m.id)).length;

  if (membersMissing !== null && !opened) {
    return (
      <button type="button" className="button button--quiet" onClick={() => setOpened(true)}>
        {t('room.members.showAll')}
      </button>
    );
  }
  return (
    <div className="stack">
      {presence && (
        <p className="hint members__counts">
          <span>{t('room.members.onlineCount', { online: onlineCount, total: members.length })}</span>
          <span>{t('room.members.observers', { count: presence.observers })}</span>
        </p>
      )}
      {members.length === 0 ? (
        <p className="hint">{t('room.members.empty')}</p>
      ) : (
        <ul className="plain-list members">
          {members.map((member) => {
            // Someone added by the host has no phone: they are there in person, never "offline".
            const isOnline = online.has(member.id);
            return (
              <li key={member.id} className="members__item">
                {!member.proxy && (
                  <span
                    className={isOnline ? 'online-dot online-dot--on' : 'online-dot'}
                    role="img"
                    aria-label={t(isOnline ? 'room.members.online' : 'room.members.offline')}
                  />
                )}
                <MemberLabel memberId={member.id} />
                {member.role === 'host' && <span className="tag tag--host">{t('role.host')}</span>}
                {Remove && can(state, you, { type: 'member.remove', memberId: member.id }) && (
                  <Remove memberId={member.id} name={member.name} />
                )}
                {actions?.(member)}
              </li>
            );
          })}
        </ul>
      )}
      {removed.length > 0 && (
        <>
          <h3 className="members__removed-heading">{t('room.members.removedHeading', { count: removed.length })}</h3>
          <ul className="plain-list members members--removed">
            {removed.map((member) => (
              <li key={member.id} className="members__item">
                <MemberLabel memberId={member.id} />
                {actions?.(member)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
