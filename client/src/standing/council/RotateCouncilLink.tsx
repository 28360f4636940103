import type { CouncilLinks } from '@dr/shared/council';
import { useTranslation } from 'react-i18next';
import { LinkRotation } from '../../ui/LinkRotation';
import { standingApi, sayRefusal } from '../standingApi';

const ROLES = ['member', 'supervisor', 'observer', 'host'] as const;
type LinkRole = (typeof ROLES)[number];

interface Props {
  councilId: string;
  token: string;
  onRotated: (links: CouncilLinks, role: LinkRole) => void;
}

/**
 * Replacing a leaked council link, as the host console's Share panel replaces a room's: what stops
 * working is the council's link and, for the host, member and observer links, the same link of
 * every meeting.
 */
export function RotateCouncilLink({ councilId, token, onRotated }: Props) {
  const { t, i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const rotate = async (role: LinkRole) => {
    const answer = await standingApi.rotate(councilId, token, role);
    if (!answer.ok) return sayRefusal(answer.refusal, i18n.resolvedLanguage, t('room.share.rotateFailed'));
    onRotated(answer.value, role);
    return null;
  };
  return (
    <LinkRotation
      roles={ROLES}
      words={(role) => s(`rotate.${role}`, { returnObjects: true })}
      rotate={rotate}
      warningClass="council__warning"
    />
  );
}
