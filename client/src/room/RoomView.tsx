import type { PresenceMessage, RoomState } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { AgendaList } from './AgendaList';
import { Announcer } from './Announcer';
import { ConnectionIndicator } from './ConnectionIndicator';
import { HandButton } from './HandButton';
import { YouLine } from './YouLine';
import { MembersList } from './MembersList';
import { NextSpeakerButton } from './NextSpeakerButton';
import { ProposeForm } from './ProposeForm';
import { SpeakingQueue } from './SpeakingQueue';
import type { Send } from './useCommand';
import type { RoomStatus, You } from './useRoom';

interface Props {
  state: RoomState;
  you: You;
  status: RoomStatus;
  presence: PresenceMessage | null;
  send: Send;
  onRetry: () => void;
  onAskToJoin: () => void;
}

/** The live room. Write controls appear only for members; observers see the same room read-only. */
export function RoomView({ state, you, status, presence, send, onRetry, onAskToJoin }: Props) {
  const { t } = useTranslation();
  const memberId = you.memberId && state.members[you.memberId] ? you.memberId : null;
  const me = memberId ? state.members[memberId] : undefined;
  // A host may run the room without a name (a console or the projector): host-only controls still apply.
  const isHost = you.role === 'host';

  return (
    <main className="page room">
      <div className="room__top">
        <h1 className="room__title">{state.title}</h1>
        <ConnectionIndicator status={status} onRetry={onRetry} />
        <YouLine name={me?.name ?? null} role={you.role} onAskToJoin={onAskToJoin} />
      </div>
      <Announcer state={state} youId={memberId} />

      <div className="room__grid">
        <section className="room__panel room__panel--queue stack" aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t('room.queue.heading')}</h2>
          {memberId && <HandButton state={state} youId={memberId} send={send} />}
          {isHost && <NextSpeakerButton state={state} send={send} />}
          <SpeakingQueue state={state} youId={memberId} />
        </section>

        <section className="room__panel stack" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">{t('room.agenda.heading')}</h2>
          <AgendaList state={state} />
          {memberId && <ProposeForm send={send} />}
        </section>

        <section className="room__panel stack" aria-labelledby="members-heading">
          <h2 id="members-heading">{t('room.members.heading')}</h2>
          <MembersList state={state} presence={presence} youId={memberId} />
        </section>
      </div>
    </main>
  );
}
