import { attendanceNow, roundVerdict, type LevelCounts, type Round } from '@dr/shared';
import { useRoomView } from '../../live/RoomContext';
import { useTranslation } from 'react-i18next';
import './VerdictLine.css';

interface Props {
  round: Round;
  counts: LevelCounts;
  size?: 'room' | 'board';
}

/**
 * Where the round stands under its rule, in words: "No quorum yet (4 of 6 needed)", "Consensus
 * reached", "2 blocks", "Below the threshold". The shared `verdict` decides; this only says it. A closed round also says its outcome.
 */
export function VerdictLine({ round, counts, size = 'room' }: Props) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  const v = roundVerdict(round, attendanceNow(state), counts);
  const said =
    v.reason === 'no_quorum'
      ? t('consensus.verdict.no_quorum', { ...v.quorum })
      : v.reason === 'met'
        ? t(`consensus.verdict.met.${round.rule}`)
        : v.reason === 'blocked'
          ? t('consensus.verdict.blocked', { count: v.blocks })
          : t(`consensus.verdict.${v.reason}`);
  const share =
    v.total === 0 || v.reason === 'no_quorum'
      ? null
      : round.rule === 'consensus'
        ? t('consensus.verdict.atLeast3', { count: v.atLeast3, total: v.total })
        : t('consensus.verdict.atLeast4', { count: v.atLeast4, total: v.total });
  const outcome = round.result?.outcome;

  return (
    <div className={`verdict verdict--${size} verdict--${v.reason}`}>
      {outcome && (
        <p className={`verdict__outcome verdict__outcome--${outcome}`}>{t(`consensus.outcome.${outcome}`)}</p>
      )}
      <p className="verdict__said">
        {!outcome && <span className="verdict__so-far">{t('consensus.verdict.soFar')} </span>}
        {said}
      </p>
      {share && <p className="verdict__share">{share}</p>}
      {v.quorum?.met && <p className="verdict__quorum">{t('consensus.verdict.quorumMet', { ...v.quorum })}</p>}
    </div>
  );
}
