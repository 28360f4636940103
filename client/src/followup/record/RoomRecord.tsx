/**
 * The record's controls on a meeting's screens (issue 27), one lazy chunk with their strings
 * (`withRecordStrings`): the host's console and the observer's follow-up show `RoomRecord`; the
 * host's member list shows `EraseMemberButton` beside each member.
 */
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { Panel } from '../../ui/Panel';
import { ArchiveDownload } from './ArchiveDownload';
import { ErasePersonButton } from './ErasePersonButton';
import { recordApi } from './recordApi';
import { RecordCheckButton } from './RecordCheckButton';

/**
 * The 村务档案 panel: "Download the record" (the archive ZIP) and "Check the record" (the hash
 * chain, in words); for the host, where erasing a person is.
 */
export function RoomRecord() {
  const { t } = useTranslation('record');
  const { roomId, token, you } = useRoomView();
  return (
    <Panel id="record" heading={t('terms.archive')}>
      <p className="hint">{t('intro')}</p>
      <ArchiveDownload
        url={recordApi.roomArchive(roomId)}
        token={token}
        fallbackName={`archive-${roomId}.zip`}
        label={t('download')}
      />
      <RecordCheckButton roomId={roomId} token={token} />
      {you.role === 'host' && <p className="hint">{t('erase.where')}</p>}
    </Panel>
  );
}

/** The host erases a member of this meeting; every screen then shows the pseudonym (`member.erased`). */
export function EraseMemberButton({ memberId, name }: { memberId: string; name: string }) {
  const { roomId, token } = useRoomView();
  return <ErasePersonButton name={name} erase={() => recordApi.eraseInRoom(roomId, token, memberId)} />;
}
