import { useEffect, useReducer } from 'react';
import { ELDER_EVENT } from '../ui/elderMode';

/** Where the room is one column (room.css), as on a phone. */
const NARROW = '(max-width: 799.98px)';

/**
 * Whether the room is the simplified one (issue 28): the large-type mode on a phone, where
 * ui/elder.css shows only what now, my hand, my vote and the text. Renders again when the mode or
 * the width changes. The draft is read there, not written (More brings the writing back).
 */
export function useSimpleRoom(): boolean {
  const [, render] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const query = matchMedia(NARROW);
    query.addEventListener('change', render);
    addEventListener(ELDER_EVENT, render);
    return () => {
      query.removeEventListener('change', render);
      removeEventListener(ELDER_EVENT, render);
    };
  }, []);
  return document.documentElement.dataset.elder === 'on' && matchMedia(NARROW).matches;
}
