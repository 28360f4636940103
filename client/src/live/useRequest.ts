/** Sends one HTTP request from a form (the twin of useCommand for the `/api` doors): the wait and the refusal. */
import { useState } from 'react';
import type { Refusal } from './refusal';
import type { Answer } from './request';

export function useRequest() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /**
   * Sends `request`; gives the answer's value, or null once `say` has put the refusal on screen.
   * `leaving`: the page changes on success (a new council's page), so the form stays busy till then.
   */
  const send = async <T>(
    request: () => Promise<Answer<T>>,
    say: (refusal: Refusal | null) => string,
    leaving = false,
  ): Promise<T | null> => {
    setBusy(true);
    setError(null);
    const answer = await request();
    if (!answer.ok || !leaving) setBusy(false);
    if (answer.ok) return answer.value;
    setError(say(answer.refusal));
    return null;
  };

  return { busy, error, dismiss: () => setError(null), send };
}
