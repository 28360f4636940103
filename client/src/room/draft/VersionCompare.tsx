import type { DraftVersion } from '@dr/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lineDiff, type DiffLine } from './lineDiff';
import type { RoomDrafts } from './roomDrafts';
import { useDraftText } from './useDraftText';
import './VersionCompare.css';

interface Props {
  version: DraftVersion;
  drafts: RoomDrafts;
  itemId: string;
}

/** A saved version beside the current draft, line by line: removed lines marked on the left, added on the right. */
export function VersionCompare({ version, drafts, itemId }: Props) {
  const { t } = useTranslation();
  const current = useDraftText(drafts, itemId);
  const diff = useMemo(() => lineDiff(version.text, current), [version.text, current]);
  return (
    <section className="compare" aria-label={t('draft.versions.compareLabel', { name: version.name })}>
      <Column heading={t('draft.versions.versionHeading', { name: version.name })} lines={diff.before} kind="removed" />
      <Column heading={t('draft.versions.currentHeading')} lines={diff.after} kind="added" />
    </section>
  );
}

function Column({ heading, lines, kind }: { heading: string; lines: DiffLine[]; kind: 'removed' | 'added' }) {
  const { t } = useTranslation();
  return (
    <div className="compare__column">
      <h3>{heading}</h3>
      {lines.length === 0 ? (
        <p className="hint">{t('draft.versions.empty')}</p>
      ) : (
        <ol className="compare__lines">
          {lines.map((line, index) => (
            <li key={index} className={line.changed ? `compare__line compare__line--${kind}` : 'compare__line'}>
              {line.changed && <span className="visually-hidden">{t(`draft.versions.${kind}`)} </span>}
              <span aria-hidden={line.changed ? 'true' : undefined} className="compare__mark">
                {line.changed ? (kind === 'removed' ? '−' : '+') : ''}
              </span>
              {line.text || '\u00a0'}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
