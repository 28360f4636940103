import { attendanceNow, roundAttendance, roundVerdict, type LevelCounts, type Round } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import './outcome.css';
import './VerdictLine.css';

interface Props {
  round: Round;
  counts: LevelCounts;
  size?: 'room' | 'board';
}

/**
 * Where the round stands under its rule, in words and in the numbers a person checks: "No quorum:
 * 40 present, 61 needed", "21 in favour: not more than half of the 61 present (31 needed)", and who
 * was entitled and present ("Entitled 120 · present 61"). The shared `roundVerdict` decides, over the
 * attendance the round kept as it closed (or who is present now, while open); this only says it.
 */
export function VerdictLine({ round, counts, size = 'room' }: Props) {
  const { t } = useTranslation();
  const { state } = useRoomView();
  // An open round is weighed over who is present now, the state's roll (a closed one kept its figure).
  const now = attendanceNow(state);
  const v = roundVerdict(round, now, counts);
  const present = roundAttendance(round, now)?.present;
  const said =
    v.reason === 'no_quorum'
      ? null
      : v.reason === 'met'
        ? t(`consensus.verdict.met.${round.rule}`)
        : v.reason === 'blocked'
          ? t('consensus.verdict.blocked', { count: v.blocks })
          : t(`consensus.verdict.${v.reason}`);
  const { share } = v;
  const shareLine =
    v.total === 0 || v.reason === 'no_quorum'
      ? null
      : t(`consensus.share.${round.rule}_${share.inFavour >= share.needed ? 'met' : 'not'}`, {
          n: share.inFavour,
          needed: share.needed,
          base: t(`consensus.base.${share.of}`, { n: share.denominator, count: share.denominator }),
        });
  const quorumLine = v.quorum && t(`consensus.quorum.${v.quorum.met ? 'met' : 'no'}_${v.quorum.of}`, { ...v.quorum });
  const outcome = round.result?.outcome;

  return (
    <div className={`verdict verdict--${size} verdict--${v.reason}`}>
      {outcome && <p className={`verdict__outcome outcome--${outcome}`}>{t(`consensus.outcome.${outcome}`)}</p>}
      <p className="verdict__said">
        {!outcome && <span className="verdict__so-far">{t('consensus.verdict.soFar')} </span>}
        {said ?? quorumLine}
      </p>
      {shareLine && <p className="verdict__share">{shareLine}</p>}
      {said && quorumLine && <p className="verdict__quorum">{quorumLine}</p>}
      {/* On the board an open round's attendance is the header's (BoardAttendance); a closed one keeps its own. */}
      {present !== undefined &&
        (round.quorumOf === 'present' || round.majorityOf !== 'responses') &&
        !(size === 'board' && round.status === 'open') && (
          <p className="verdict__attendance">
            {round.eligibleCount === null
              ? t('consensus.attendance.present', { present })
              : t('consensus.attendance.both', { eligible: round.eligibleCount, present })}
          </p>
        )}
    </div>
  );
}
