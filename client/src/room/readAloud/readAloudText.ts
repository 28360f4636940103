/**
 * What the read-aloud button says (issue 28): the topic and its step, who has the floor and for how
 * long, and, while a consensus check is open, the text being voted on and the choices of the scale.
 * Pure: the same words as the screen, in the reader's language.
 */
import { CONSENSUS_LEVELS, own, speakerClock, type RoomState } from '@dr/shared';
import type { TFunction } from 'i18next';
import { stepLabel } from '../agenda/stepLabel';
import { memberName } from '../meeting/memberName';
import { currentRound } from '../consensus/rounds';

/** Minutes and seconds said as words ("1 minute 20 seconds", "1分20秒"). */
function duration(t: TFunction, ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return t('readAloud.seconds', { count: seconds });
  if (seconds === 0) return t('readAloud.minutes', { count: minutes });
  return `${t('readAloud.minutes', { count: minutes })} ${t('readAloud.seconds', { count: seconds })}`;
}

/** The sentences to speak, in order, at server time `now` (ms). */
export function readAloudText(t: TFunction, state: RoomState, youId: string | null, now: number): string[] {
  const said: string[] = [];
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  said.push(item ? t('readAloud.topic', { title: item.title, step: stepLabel(t, item.step) }) : t('readAloud.noTopic'));

  const speaker = state.speaker;
  if (!speaker) said.push(t('room.queue.noSpeaker'));
  else {
    const name =
      speaker.memberId === youId
        ? t('room.queue.youHaveFloor')
        : t('room.queue.nowSpeaking', { name: memberName(state, speaker.memberId) ?? t('common.unknownMember') });
    const clock = speakerClock(speaker, now);
    const time =
      clock.remainingMs === null
        ? t('readAloud.spoken', { time: duration(t, clock.elapsedMs) })
        : clock.overtime
          ? t('readAloud.overtime', { time: duration(t, clock.remainingMs) })
          : t('readAloud.left', { time: duration(t, clock.remainingMs) });
    said.push(`${name} ${time}${clock.paused ? ` ${t('clock.paused')}` : ''}`);
  }

  const round = item ? currentRound(state, item.id) : undefined;
  if (round?.status === 'open') {
    said.push(t('consensus.frozenHeading'), round.text, t('consensus.vote.prompt'));
    for (const level of [...CONSENSUS_LEVELS].reverse()) {
      said.push(
        t('readAloud.choice', {
          level,
          name: t(`consensus.levels.${level}.name`),
          help: t(`consensus.levels.${level}.help`),
        }),
      );
    }
  }
  return said;
}
