/**
 * Below a draft's text: the host's lock and "save a version", and the list of saved versions (with
 * a comparison for those who write). Loaded on demand by DraftPanel, after the text.
 */
import type { AgendaItem } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { DraftLockButton } from './DraftLockButton';
import type { RoomDrafts } from './roomDrafts';
import { SaveVersionForm } from './SaveVersionForm';
import { VersionsList } from './VersionsList';

interface Props {
  item: AgendaItem;
  drafts: RoomDrafts;
  isHost: boolean;
  /** Whether the versions can be compared with the current text (not for observers). */
  compare: boolean;
}

export default function DraftVersions({ item, drafts, isHost, compare }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {isHost && (
        <div className="draft__host">
          <DraftLockButton item={item} />
          <SaveVersionForm item={item} />
        </div>
      )}
      <div className="stack">
        <h3>{t('draft.versions.heading', { count: item.versions.length })}</h3>
        <VersionsList item={item} drafts={drafts} compare={compare} />
      </div>
    </>
  );
}
