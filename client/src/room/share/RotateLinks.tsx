import type { RoomLinks } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../live/errorMessage';
import { rotateLink } from './hostLinks';
import { LinkRotation } from '../../ui/LinkRotation';

const ROLES = ['participant', 'observer', 'host'] as const;
type LinkRole = (typeof ROLES)[number];

interface Props {
  roomId: string;
  token: string;
  onRotated: (links: RoomLinks, role: LinkRole) => void;
}

/**
 * Replacing a room's leaked link: for participants the QR code, short address and join code go with
 * the old link, and whoever is connected through it is disconnected.
 */
export function RotateLinks({ roomId, token, onRotated }: Props) {
  const { t, i18n } = useTranslation();
  const rotate = async (role: LinkRole) => {
    const answer = await rotateLink(roomId, token, role);
    if (!answer.ok) {
      return answer.refusal ? errorMessage(t, i18n.resolvedLanguage, answer.refusal) : t('room.share.rotateFailed');
    }
    onRotated(answer.value, role);
    return null;
  };
  return (
    <LinkRotation
      roles={ROLES}
      words={(role) => ({
        button: t(`room.share.rotate.${role}.button`),
        warning: t(`room.share.rotate.${role}.warning`),
        confirm: t(`room.share.rotate.${role}.confirm`),
        done: t(`room.share.rotate.${role}.done`),
      })}
      rotate={rotate}
      warningClass="share-panel__warning"
    />
  );
}
