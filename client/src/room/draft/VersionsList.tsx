import { roomTimeZone, type AgendaItem } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberName } from '../meeting/memberName';
import { useRoomView } from '../../live/RoomContext';
import { timeText } from '../../i18n/timeText';
import type { RoomDrafts } from './roomDrafts';
import { VersionCompare } from './VersionCompare';
import './VersionsList.css';

/** The named versions of a draft, newest first: who saved each and when, its text, and a comparison with now. */
interface Props {
  item: AgendaItem;
  drafts: RoomDrafts;
  /** Offer the side-by-side comparison (not to observers, who have nothing to press). */
  compare: boolean;
}

export function VersionsList({ item, drafts, compare }: Props) {
  const { t, i18n } = useTranslation();
  const { state } = useRoomView();
  const [compared, setCompared] = useState<string | null>(null);
  const versions = [...item.versions].reverse();
  const selected = item.versions.find((v) => v.id === compared);

  if (versions.length === 0) return <p className="hint">{t('draft.versions.none')}</p>;
  return (
    <div className="stack">
      <ul className="plain-list versions">
        {versions.map((version) => {
          const by = version.savedBy ? memberName(state, version.savedBy) : null;
          const on = version.id === compared;
          return (
            <li key={version.id} className={on ? 'versions__item versions__item--on' : 'versions__item'}>
              <div className="versions__head">
                <span className="versions__name">{version.name}</span>
                <span className="hint">
                  {t('draft.versions.savedBy', {
                    name: by ?? t('draft.versions.theHost'),
                    time: timeText(version.savedAt, i18n.resolvedLanguage, roomTimeZone(state)),
                  })}
                </span>
              </div>
              <p className="versions__text">{version.text || t('draft.versions.empty')}</p>
              {compare && (
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={on}
                  onClick={() => setCompared(on ? null : version.id)}
                >
                  {t('draft.versions.compare')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {selected && <VersionCompare version={selected} drafts={drafts} itemId={item.id} />}
    </div>
  );
}
