/**
 * The draft resolution of the item under discussion, as the room views show it: the editor (read-only
 * for observers and while locked), its connection, the host's lock and versions, and the versions
 * list. Loaded on demand, so a phone fetches the editor only once there is a draft to show.
 */
import { own } from '@dr/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { DraftConnection } from './DraftConnection';
import { DraftText } from './DraftText';
import { DraftRefusalAlert } from './DraftRefusalAlert';
import { DraftUnsentNotice } from './DraftUnsentNotice';
import { LockBadge } from './LockBadge';
import { useDraftStatus, useRoomDrafts } from './useRoomDrafts';
import './DraftPanel.css';

// The host's lock and versions, and the versions list, come after the text: off the phone's first path.
const DraftVersions = lazy(() => import('./DraftVersions'));

export default function DraftPanel({ itemId, readOnly = false }: { itemId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const { roomId, token, state, you, youId } = useRoomView();
  const watchOnly = you.role === 'observer';
  const drafts = useRoomDrafts(roomId, token, watchOnly);
  const status = useDraftStatus(drafts);
  const item = own(state.items, itemId);
  if (!item) return null;
  const isHost = you.role === 'host';
  // Read-only while the room state says locked: a tab that has not heard yet gets its late edit undone.
  const editable = !watchOnly && !readOnly && !item.draftLocked && status.closedCode === null;
  const userName = (youId && own(state.members, youId)?.name) || t('role.host');

  return (
    <div className="stack draft">
      <div className="draft__status">
        <LockBadge state={state} item={item} />
        <DraftConnection status={status} keptLocally={!watchOnly} />
      </div>
      <DraftRefusalAlert refusal={status.refusal} itemId={item.id} onDismiss={drafts.dismissRefusal} />
      <DraftUnsentNotice state={state} item={item} status={status} />
      <DraftText
        drafts={drafts}
        itemId={item.id}
        editable={editable}
        userName={userName}
        eager={watchOnly || isHost}
        label={t('draft.editorLabel', { title: item.title })}
      />
      {(isHost || item.versions.length > 0) && (
        <Suspense fallback={null}>
          <DraftVersions item={item} drafts={drafts} isHost={isHost} compare={!watchOnly} />
        </Suspense>
      )}
    </div>
  );
}
