import { CONSENSUS_LEVELS, LIMITS, needsReason, type ConsensusLevel, type Round } from '@dr/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { useMyVote } from './useMyVote';
import './levels.css';
import './VoteButtons.css';

/** Strong support first, block last and set apart: the order people read down a phone. */
const ORDER = [...CONSENSUS_LEVELS].reverse();

/**
 * Six large buttons, one per level; your current response is marked and can be changed while the
 * round is open. A block or a serious concern asks for the reason before it is sent.
 */
export function VoteButtons({ round, forMember }: { round: Round; forMember?: { id: string; name: string } }) {
  const { t } = useTranslation();
  const id = useId();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  // A proxy holder's buttons for their principal (proxy/ProxyVotes.tsx) vote for them.
  const mine = useMyVote(round, forMember?.id);
  const [pending, setPending] = useState<ConsensusLevel | null>(null);
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const vote = async (level: ConsensusLevel, why?: string) => {
    const sent = await run({
      type: 'consensus.vote',
      roundId: round.id,
      level,
      ...(why ? { reason: why } : {}),
      ...(forMember ? { forMemberId: forMember.id } : {}),
    });
    if (!sent) return;
    mine.remember(level);
    setPending(null);
  };

  const choose = (level: ConsensusLevel) => {
    if (!needsReason(level)) {
      void vote(level);
      return;
    }
    setPending(level);
    setReason(mine.level === level ? (mine.reason ?? '') : '');
    // After the form renders.
    setTimeout(() => reasonRef.current?.focus(), 0);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending !== null) void vote(pending, reason.trim());
  };

  return (
    <div className="vote stack" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {forMember ? t('vote.heading', { ns: 'proxy', name: forMember.name }) : t('consensus.vote.heading')}
      </h3>
      <p className="vote__status" aria-live="polite">
        {mine.ballotId === null
          ? t('consensus.vote.prompt')
          : mine.level === null
            ? t('consensus.vote.counted')
            : t('consensus.vote.yours', { level: mine.level, name: t(`consensus.levels.${mine.level}.name`) })}
      </p>
      <div className="vote__levels">
        {ORDER.map((level) => {
          const chosen = mine.level === level;
          return (
            <button
              key={level}
              type="button"
              className={`vote__level vote__level--${level}`}
              aria-pressed={chosen}
              // The name is everything the button shows (axe: label-content-name-mismatch), "4 Support …".
              aria-labelledby={`${id}-level-${level} ${id}-name-${level} ${id}-help-${level}${chosen ? ` ${id}-mine` : ''}`}
              disabled={busy}
              onClick={() => choose(level)}
            >
              <span id={`${id}-level-${level}`} className={`vote__swatch meter__part--${level}`}>
                {level}
              </span>
              {/* Spaces between the parts: the text read (and matched to the name) is "4 Support I agree…". */}{' '}
              <span className="vote__words">
                <span id={`${id}-name-${level}`} className="vote__name">
                  {t(`consensus.levels.${level}.name`)}
                </span>{' '}
                <span id={`${id}-help-${level}`} className="vote__help">
                  {t(`consensus.levels.${level}.help`)}
                </span>
              </span>
              {chosen && ' '}
              {chosen && (
                <span id={`${id}-mine`} className="vote__mine">
                  ✓ {t('consensus.vote.mine')}
                </span>
              )}
            </button>
          );
        })}
      </div>
      {pending !== null && (
        <form className="vote__reason stack subcard" onSubmit={onSubmit}>
          <div className="field">
            <label htmlFor={`${id}-reason`}>
              {t('consensus.vote.reasonLabel', { name: t(`consensus.levels.${pending}.name`) })}
            </label>
            <textarea
              id={`${id}-reason`}
              ref={reasonRef}
              rows={3}
              required
              maxLength={LIMITS.reason}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={busy || reason.trim() === ''}>
              {t('consensus.vote.send', { name: t(`consensus.levels.${pending}.name`) })}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
