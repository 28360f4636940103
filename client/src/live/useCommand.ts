/** Sends one kind of command from a view: tracks the wait and the reason it was refused. */
import type { Command, CommandAck, ProtocolError } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageWithTexts } from './errorMessage';
import { SendError } from './roomTypes';

export type Send = (command: Command) => Promise<CommandAck>;

/** What an accepted command answered: `id` names whatever it created. */
export interface Accepted {
  id: string | undefined;
}

export function useCommand(send: Send) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The last refusal as the server sent it, for views that offer a way on (a confirmation). */
  const [refusal, setRefusal] = useState<ProtocolError | null>(null);

  /** Resolves with the answer when the server accepted the command, null when it did not. */
  const run = async (command: Command): Promise<Accepted | null> => {
    setBusy(true);
    setError(null);
    setRefusal(null);
    try {
      const ack = await send(command);
      if (ack.ok) return { id: ack.id };
      setError(await errorMessageWithTexts(t, i18n.resolvedLanguage, ack.error));
      setRefusal(ack.error);
      return null;
    } catch (e) {
      // The outbox waits for the answer across reconnects; only a room closed on this page ends here.
      setError(t(e instanceof SendError ? 'room.errors.offline' : 'room.errors.refused'));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const dismiss = () => {
    setError(null);
    setRefusal(null);
  };
  return { run, busy, error, refusal, dismiss };
}
