import { useTranslation } from 'react-i18next';
import { isLocale } from '../../i18n/language';
import { useRoomView } from '../../live/RoomContext';
import { currentRound } from '../consensus/rounds';

/**
 * "Read the text aloud for the hall" in the host's round controls while a round is open (issue 28):
 * the topic, the frozen text and the six choices, through the console's speakers in the page's
 * language. The speaking code and its sentences are the phone's read-aloud chunk (run.ts), fetched on
 * the first press. Part of the host console's chunk (passed to ConsensusSection as a child).
 */
export function HallReadAloud() {
  const { t, i18n } = useTranslation();
  const { t: tf } = useTranslation('followup');
  const { state } = useRoomView();
  const round = state.activeItemId ? currentRound(state, state.activeItemId) : undefined;
  if (round?.status !== 'open' || !('speechSynthesis' in window)) return null;
  const press = async () => {
    const run = await import('./run');
    run.addReadAloudStrings(i18n);
    run.speak(run.hallSentences(t, state), isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');
  };
  return (
    <div className="stack">
      <button type="button" className="button" onClick={() => void press()}>
        {tf('hallReadAloud.button')}
      </button>
      <p className="hint">{tf('hallReadAloud.hint')}</p>
    </div>
  );
}
