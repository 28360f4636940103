import type { Role } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './YouLine.css';

interface Props {
  /** The member's name; null when connected without joining. */
  name: string | null;
  role: Role;
  onAskToJoin: () => void;
}

/** Who you are in this room; a host without a name is offered to join by name. */
export function YouLine({ name, role, onAskToJoin }: Props) {
  const { t } = useTranslation();
  if (name) return <p className="hint">{t('room.youAre', { name, role: t(`role.${role}`) })}</p>;
  if (role !== 'host') return <p className="hint">{t('room.observing')}</p>;
  return (
    <div className="you-line">
      <p className="hint">{t('room.hostConsole')}</p>
      <button type="button" className="button" onClick={onAskToJoin}>
        {t('room.joinPrompt')}
      </button>
    </div>
  );
}
