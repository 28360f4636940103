import type { Speaker } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { clockText, clockTone } from './clockTone';
import { useSpeakerClock } from './useSpeakerClock';
import './Countdown.css';

interface Props {
  speaker: Speaker;
  /** `board` for the projector's very large type. */
  size?: 'normal' | 'board';
}

/**
 * The speaker's countdown (m:ss). Colour and a word change near the end and in overtime, so the
 * state never depends on colour alone. `role="timer"` keeps screen readers from reading every tick.
 */
export function Countdown({ speaker, size = 'normal' }: Props) {
  const { t } = useTranslation();
  const { clockOffset } = useRoomView();
  const clock = useSpeakerClock(speaker, clockOffset);
  if (!clock) return null;
  const tone = clockTone(clock);
  const classes = ['countdown', `countdown--${tone}`, `countdown--${size}`];
  if (clock.paused) classes.push('countdown--paused');
  const words = [
    tone === 'untimed' ? t('clock.untimed') : t('clock.remaining'),
    tone === 'near' ? t('clock.nearEnd') : null,
    tone === 'over' ? t('clock.overtime') : null,
    clock.paused ? t('clock.paused') : null,
  ].filter((w): w is string => w !== null);

  return (
    <div className={classes.join(' ')} role="timer">
      <span className="countdown__time">{clockText(clock)}</span>
      <span className="countdown__words">{words.join(' · ')}</span>
    </div>
  );
}
