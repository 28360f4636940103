import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { errorMessage } from '../live/errorMessage';
import { useRefusalTexts } from '../live/refusalTexts';
import { useRoomView } from '../live/RoomContext';
import './OutboxNotice.css';

/**
 * What the outbox holds, said where the connection is shown: commands that wait for the connection
 * ("Your vote will be sent when you are back online"), those being sent again, and any that the
 * server refused once they went out (the round closed meanwhile), until the person dismisses them.
 */
export function OutboxNotice() {
  const { t, i18n } = useTranslation();
  useRefusalTexts(); // a refusal made here (or said before a language switch) needs the texts
  const { outbox, dismissOutbox } = useRoomView();
  const deferred = outbox.filter((e) => e.deferred && e.status !== 'refused');
  const votes = deferred.filter((e) => e.command.type === 'consensus.vote');
  const others = deferred.filter((e) => e.command.type !== 'consensus.vote');
  const line = (entries: typeof deferred, waiting: string, sending: string) =>
    entries.length === 0 ? null : entries.some((e) => e.status === 'waiting') ? waiting : sending;
  const lines = [
    line(votes, t('outbox.voteWaiting'), t('outbox.voteSending')),
    line(others, t('outbox.waiting', { count: others.length }), t('outbox.sending')),
  ].filter((text): text is string => text !== null);

  return (
    <>
      {lines.length > 0 && (
        <div className="sticky-warning outbox" role="status">
          {lines.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      {outbox
        .filter((e) => e.status === 'refused' && e.error)
        .map((e) => (
          <Alert
            key={e.requestId}
            message={t(e.command.type === 'consensus.vote' ? 'outbox.voteRefused' : 'outbox.refused', {
              reason: errorMessage(t, i18n.resolvedLanguage, e.error!),
            })}
            onDismiss={() => dismissOutbox(e.requestId)}
          />
        ))}
    </>
  );
}
