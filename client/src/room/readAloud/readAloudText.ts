/**
 * What the read-aloud button says (issue 28): the topic and its step, who has the floor and for how
 * long, and, while a consensus check is open, the text being voted on and the choices of the scale;
 * and what the host console reads to the hall (the topic, the frozen text and the choices).
 * Pure (its sentences, namespace `readAloud`, come with run.ts): the same words as the screen, in the reader's language.
 */
import { CONSENSUS_LEVELS, own, speakerClock, type AgendaItem, type RoomState, type Round } from '@dr/shared';
import type { TFunction } from 'i18next';
import { stepLabel } from '../agenda/stepLabel';
import { memberName } from '../meeting/memberName';
import { currentRound } from '../consensus/rounds';

/** Minutes and seconds said as words ("1 minute 20 seconds", "1分钟20秒": no space in Chinese). */
export function duration(t: TFunction, ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return t('seconds', { ns: 'readAloud', count: seconds });
  if (seconds === 0) return t('minutes', { ns: 'readAloud', count: minutes });
  return t('minutesSeconds', {
    ns: 'readAloud',
    minutes: t('minutes', { ns: 'readAloud', count: minutes }),
    seconds: t('seconds', { ns: 'readAloud', count: seconds }),
  });
}

const topicSentence = (t: TFunction, item: AgendaItem) =>
  t('topic', { ns: 'readAloud', title: item.title, step: stepLabel(t, item.step) });

/** The sentences to speak, in order, at server time `now` (ms). */
export function readAloudText(t: TFunction, state: RoomState, youId: string | null, now: number): string[] {
  const said: string[] = [];
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  said.push(item ? topicSentence(t, item) : t('noTopic', { ns: 'readAloud' }));

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
        ? t('spoken', { ns: 'readAloud', time: duration(t, clock.elapsedMs) })
        : clock.overtime
          ? t('overtime', { ns: 'readAloud', time: duration(t, clock.remainingMs) })
          : t('left', { ns: 'readAloud', time: duration(t, clock.remainingMs) });
    said.push(`${name} ${time}${clock.paused ? ` ${t('clock.paused')}` : ''}`);
  }

  const round = item ? currentRound(state, item.id) : undefined;
  if (round?.status === 'open') said.push(...roundSentences(t, round));
  return said;
}

/**
 * What the host console reads to the hall while a round is open on the topic: the topic and its step,
 * then the round as heard. Nothing when no round is open.
 */
export function hallSentences(t: TFunction, state: RoomState): string[] {
  const item = state.activeItemId ? own(state.items, state.activeItemId) : undefined;
  const round = item ? currentRound(state, item.id) : undefined;
  return item && round?.status === 'open' ? [topicSentence(t, item), ...roundSentences(t, round)] : [];
}

/**
 * A round as heard: the heading, its frozen text a paragraph at a time (a browser's voice may stop
 * partway through one long utterance), the prompt and the six choices, strong support first.
 */
export function roundSentences(t: TFunction, round: Pick<Round, 'text'>): string[] {
  const said = [t('consensus.frozenHeading'), ...round.text.split('\n'), t('consensus.vote.prompt')];
  for (const level of [...CONSENSUS_LEVELS].reverse()) {
    said.push(
      t('choice', {
        ns: 'readAloud',
        level,
        name: t(`consensus.levels.${level}.name`),
        help: t(`consensus.levels.${level}.help`),
      }),
    );
  }
  return said;
}
