import { own } from '@dr/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../i18n/language';
import { useRoomView } from '../../live/RoomContext';
import { roundsOf } from '../consensus/rounds';
import type * as RunModule from './run';

type Run = typeof RunModule;

/**
 * Reads the room aloud on the phone (issue 28): the topic and step, the floor and its time, and while
 * a round is open the text and the choices. Once pressed, it also announces each round that opens
 * (browsers let a page speak only after a press). The speaking code loads on the first press.
 */
export function ReadAloudButton() {
  const { t, i18n } = useTranslation();
  const { state, youId, clockOffset } = useRoomView();
  const run = useRef<Run | null>(null);
  const lang = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  const last = item ? roundsOf(state, item.id).at(-1) : undefined;
  const openRoundId = last?.status === 'open' ? last.id : null;
  const heard = useRef(openRoundId);

  useEffect(() => {
    if (openRoundId === heard.current) return;
    heard.current = openRoundId;
    if (openRoundId && item && run.current)
      run.current.speak([t('consensus.announce.opened', { title: item.title })], lang);
  }, [openRoundId, item, t, lang]);

  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  const press = async () => {
    if (!run.current) {
      run.current = await import('./run');
      run.current.addReadAloudStrings(i18n);
    }
    run.current.speak(run.current.readAloudText(t, state, youId, Date.now() + clockOffset), lang);
  };
  return (
    <button type="button" className="button read-aloud" onClick={() => void press()}>
      {t('readAloud.button')}
    </button>
  );
}
