import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { Panel } from '../../ui/Panel';

// The editor (Tiptap, Yjs) is fetched only when a topic with a draft is on screen.
const DraftPanel = lazy(() => import('./DraftPanel'));

/**
 * The draft resolution of the topic under discussion (决议草案), in the room's views; `readOnly`: to
 * read only, even for those who may write (the simplified room in large type).
 */
export function DraftSection({ readOnly = false }: { readOnly?: boolean }) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const itemId = state.activeItemId;
  if (!itemId) return null;
  return (
    <Panel id="draft" heading={t('draft.heading')}>
      <Suspense fallback={<p className="hint">{t('draft.loading')}</p>}>
        <DraftPanel key={itemId} itemId={itemId} readOnly={readOnly} />
      </Suspense>
    </Panel>
  );
}
