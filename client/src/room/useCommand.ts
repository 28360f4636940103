/** Sends one kind of command from a view: tracks the wait and the reason it was refused. */
import type { Command, CommandAck } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SendError } from './useRoom';

export type Send = (command: Command) => Promise<CommandAck>;

export function useCommand(send: Send) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Resolves true when the server accepted the command. */
  const run = async (command: Command): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const ack = await send(command);
      if (ack.ok) return true;
      setError(ack.error.message || t('room.errors.refused'));
      return false;
    } catch (e) {
      const reason = e instanceof SendError ? e.reason : 'timeout';
      setError(t(reason === 'offline' ? 'room.errors.offline' : 'room.errors.timeout'));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { run, busy, error, dismiss: () => setError(null) };
}
