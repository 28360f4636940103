import type { RoundRecord } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './NoticeRounds.css';

/**
 * Every round that ended, as the record proves it (issue 24 §6): the kind of meeting and its legal
 * source, who was entitled and present, the quorum, the share over its denominator, the counts,
 * the outcome, the reasons given for blocks (never who gave them), recusals, and the text voted on
 * with its fingerprint. Void and superseded rounds are listed too.
 */
export function NoticeRounds({ rounds }: { rounds: RoundRecord[] }) {
  const { t } = useTranslation('followup');
  if (rounds.length === 0) return <p className="hint">{t('law.notice.none')}</p>;
  return (
    <ol className="notice-rounds stack">
      {rounds.map((round) => (
        <li key={round.id} className="notice-round stack">
          <NoticeRound round={round} />
        </li>
      ))}
    </ol>
  );
}

function NoticeRound({ round }: { round: RoundRecord }) {
  const { t } = useTranslation('followup');
  const { t: tr } = useTranslation();
  const { attendance, quorum, share } = round;
  const status =
    round.status === 'void' ? t('law.notice.void') : tr(`consensus.outcome.${round.outcome ?? 'no_quorum'}`);
  const levels = [5, 4, 3, 2, 1, 0] as const;
  return (
    <>
      <h3 className="notice-round__heading">
        {round.itemTitle} · {status}
        {round.superseded && <span className="tag">{t('law.notice.superseded')}</span>}
      </h3>
      <dl className="notice-round__facts">
        {round.preset && (
          <>
            <dt>{t('law.rules.preset')}</dt>
            <dd>
              {t('law.notice.presetSource', {
                preset: t(`law.presets.${round.preset}`),
                source: t(`law.presetSources.${round.preset}`),
              })}
            </dd>
          </>
        )}
        <dt>{t('law.notice.rule')}</dt>
        <dd>{tr(`decisionRules.${round.rule}.name`)}</dd>
        {attendance && (
          <>
            <dt>{t('law.attendance.heading')}</dt>
            <dd>
              {t('law.notice.attendance', {
                figures:
                  round.eligibleCount === null
                    ? t('law.attendance.figuresNoEligible', { present: attendance.present })
                    : t('law.attendance.figures', { eligible: round.eligibleCount, present: attendance.present }),
                split: t('law.attendance.split', { count: attendance.members, headcount: attendance.headcount }),
              })}
            </dd>
          </>
        )}
        {quorum && (
          <>
            <dt>{t('law.notice.quorum')}</dt>
            <dd>{tr(`consensus.quorum.${quorum.met ? 'met' : 'no'}_${quorum.of}`, { ...quorum })}</dd>
          </>
        )}
        {round.responses > 0 && (
          <>
            <dt>{t('law.notice.share')}</dt>
            <dd>
              {tr(`consensus.share.${round.rule}_${share.inFavour >= share.needed ? 'met' : 'not'}`, {
                n: share.inFavour,
                needed: share.needed,
                base: tr(`consensus.base.${share.of}`, { n: share.denominator }),
              })}
            </dd>
          </>
        )}
        <dt>{t('law.notice.counts')}</dt>
        <dd>{levels.map((l) => `${tr(`consensus.levels.${l}.name`)} ${round.counts[l]}`).join(' · ')}</dd>
        {round.recusals.length > 0 && (
          <>
            <dt>{t('law.notice.recusals')}</dt>
            <dd>{round.recusals.join(' · ')}</dd>
          </>
        )}
      </dl>
      {round.reasons.length > 0 && (
        <ul className="notice-round__reasons">
          {round.reasons.map((r, i) => (
            <li key={i}>
              {t('law.notice.reason', { level: tr(`consensus.levels.${r.level as 0 | 1}.name`), reason: r.reason })}
            </li>
          ))}
        </ul>
      )}
      <blockquote className="notice-round__text">{round.text}</blockquote>
      <p className="hint notice-round__fingerprint">{t('law.notice.fingerprint', { hash: round.textHash })}</p>
    </>
  );
}
