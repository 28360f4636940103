import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import PaperDownload from './PaperDownload';

/** "Print the sign-in sheet" beside the hall's headcount, which the signed sheet's tally goes into. */
export default function SignInSheet() {
  const { t } = useTranslation('followup');
  const { roomId, token } = useRoomView();
  return (
    <PaperDownload
      url={`/api/rooms/${encodeURIComponent(roomId)}/sign-in.pdf`}
      token={token}
      fallbackName={`sign-in-${roomId}.pdf`}
      label={t('paper.signInSheet')}
      hint={t('paper.signInHint')}
    />
  );
}
