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
  // Each state said once: "1:20 left", "0:12 left · almost over", "overtime 2:47", "1:20 left · paused".
  const state = tone === 'untimed' ? t('clock.untimed') : tone === 'over' ? null : t('clock.remaining');
  const near = tone === 'near' ? t('clock.nearEnd') : null;
  const time = <span className="countdown__time">{clockText(clock)}</span>;

  return (
    <div className={classes.join(' ')} role="timer">
      {tone === 'over' && <span className="countdown__words countdown__words--lead">{t('clock.overtime')}</span>}
      {time}
      {/* Each phrase stays whole ("剩余 · 已暂停" never breaks inside); when tight, a phrase moves below. */}
      {(state || near) && <span className="countdown__words">{[state, near].filter(Boolean).join(' · ')}</span>}
      {clock.paused && <span className="countdown__words countdown__words--paused">{t('clock.paused')}</span>}
    </div>
  );
}
