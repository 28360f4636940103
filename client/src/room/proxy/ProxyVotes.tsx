import { principalsOf, type Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { VoteButtons } from '../consensus/VoteButtons';

/**
 * On a proxy holder's phone, under their own vote: one set of buttons for each absent principal
 * whose written proxy (委托) they carry. The ballot counts as the principal's, cast by the holder.
 */
export function ProxyVotes({ round }: { round: Round }) {
  const { t } = useTranslation('proxy');
  const { state, youId } = useRoomView();
  return (
    <>
      {principalsOf(state, youId).map((principal) => (
        <section key={principal.id} className="stack subcard" aria-label={t('vote.heading', { name: principal.name })}>
          <p className="hint">{t('vote.help', { name: principal.name })}</p>
          <VoteButtons round={round} forMember={principal} />
        </section>
      ))}
    </>
  );
}
