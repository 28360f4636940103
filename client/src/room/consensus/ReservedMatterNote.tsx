import { competence, type AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';

/**
 * Warns the host when a topic is a matter the law reserves to the 村民会议 (art. 24) and the room's
 * rules are not competent for it, and says when a land-contracting plan takes its own threshold
 * (two thirds of all eligible, 农村土地承包法 art. 19). Loaded on demand (host only).
 */
export default function ReservedMatterNote({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('followup');
  const { state } = useRoomView();
  const { preset, eligibleCount } = state.rules;
  if (item.category === null) return null;
  const said = competence(preset, item);
  const category = t(`law.categories.${item.category}`);
  return (
    <>
      {said !== 'competent' && (
        <p className="alert" role="note">
          {t(`law.category.${said}`, { category, preset: t(`law.presets.${preset}`) })}
        </p>
      )}
      {item.category === 'landContracting' && (
        <p className="hint">{t('law.category.landForced', { eligible: eligibleCount ?? '—' })}</p>
      )}
    </>
  );
}
