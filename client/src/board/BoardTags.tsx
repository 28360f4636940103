import type { HandKind, Member } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './BoardTags.css';

interface Props {
  member: Member | undefined;
  kind: HandKind;
}

/** On the board, beside a name: in the room or remote, and the kind of hand when it is not "speak". */
export function BoardTags({ member, kind }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {member && <span className={`board-tag board-tag--${member.presence}`}>{t(`presence.${member.presence}`)}</span>}
      {kind !== 'speak' && <span className="board-tag board-tag--kind">{t(`handKinds.${kind}.name`)}</span>}
    </>
  );
}
