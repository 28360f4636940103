/** The projector's view of the draft under discussion: read-only, large, with everyone's cursor. Loaded on demand. */
import { own } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { DraftText } from './DraftText';
import { LockBadge } from './LockBadge';
import { useDraftStatus, useRoomDrafts } from './useRoomDrafts';
import './BoardDraft.css';

export default function BoardDraft({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { roomId, token, state } = useRoomView();
  // A screen, not a person: it never publishes a cursor, even with the host's link.
  const drafts = useRoomDrafts(roomId, token, true);
  const status = useDraftStatus(drafts);
  const item = own(state.items, itemId);
  if (!item) return null;
  return (
    <div className="board-draft">
      <LockBadge state={state} item={item} size="board" />
      {status.link !== 'live' && <p className="board-draft__link">{t(`draft.link.${status.link}`)}</p>}
      <DraftText
        drafts={drafts}
        itemId={item.id}
        editable={false}
        userName=""
        eager
        label={t('draft.editorLabel', { title: item.title })}
        size="board"
      />
    </div>
  );
}
