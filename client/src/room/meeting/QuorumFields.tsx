import type { Quorum, Rules } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { QUORUM_SHARES, shareKey } from './quorumText';

type Kind = 'none' | 'count' | 'share' | 'moreThan';

function kindOf(quorum: Quorum | null): Kind {
  if (quorum === null) return 'none';
  if ('count' in quorum) return 'count';
  return quorum.moreThan ? 'moreThan' : 'share';
}

interface Props {
  id: string;
  shown: Rules;
  change: (patch: Partial<Rules>) => void;
}

/**
 * The quorum part of the rules form (法定人数): how many are entitled to take part, and how many
 * responses a round needs, as a number or as a share of those entitled ("more than half of the
 * adults", "two thirds of the households"). The server checks that the quorum can be reached.
 */
export function QuorumFields({ id, shown, change }: Props) {
  const { t } = useTranslation();
  const { eligibleCount, quorum } = shown;
  const kind = kindOf(quorum);
  const share = quorum && 'share' in quorum ? quorum.share : 1 / 2;
  const count = quorum && 'count' in quorum ? quorum.count : Math.max(1, Math.ceil((eligibleCount ?? 2) / 2));

  const setKind = (next: Kind) => {
    if (next === 'none') change({ quorum: null });
    else if (next === 'count') change({ quorum: { count } });
    else change({ quorum: next === 'moreThan' ? { share, moreThan: true } : { share } });
  };
  const setShare = (value: number) =>
    change({ quorum: kind === 'moreThan' ? { share: value, moreThan: true } : { share: value } });

  return (
    <fieldset className="stack">
      <legend>{t('room.rules.quorum')}</legend>
      <div className="field">
        <label htmlFor={`${id}-eligible`}>{t('room.rules.eligible')}</label>
        <input
          id={`${id}-eligible`}
          type="number"
          inputMode="numeric"
          min={1}
          max={1_000_000}
          step={1}
          value={eligibleCount ?? ''}
          placeholder={t('room.rules.eligibleNotSet')}
          aria-describedby={`${id}-eligible-help`}
          onChange={(e) =>
            change({ eligibleCount: e.target.value === '' ? null : Math.max(1, Math.floor(Number(e.target.value))) })
          }
        />
        <span id={`${id}-eligible-help`} className="hint">
          {t('room.rules.eligibleHelp')}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-quorum-kind`}>{t('room.rules.quorumKind')}</label>
        <select id={`${id}-quorum-kind`} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="none">{t('room.rules.quorumNone')}</option>
          <option value="count">{t('room.rules.quorumCount')}</option>
          <option value="share">{t('room.rules.quorumShare')}</option>
          <option value="moreThan">{t('room.rules.quorumMoreThan')}</option>
        </select>
      </div>
      {kind === 'count' && (
        <div className="field">
          <label htmlFor={`${id}-quorum-count`}>{t('room.rules.quorumCountLabel')}</label>
          <input
            id={`${id}-quorum-count`}
            type="number"
            inputMode="numeric"
            min={1}
            max={1_000_000}
            step={1}
            value={count}
            onChange={(e) => change({ quorum: { count: Math.max(1, Math.floor(Number(e.target.value) || 1)) } })}
          />
        </div>
      )}
      {(kind === 'share' || kind === 'moreThan') && (
        <div className="field">
          <label htmlFor={`${id}-quorum-share`}>{t('room.rules.quorumShareLabel')}</label>
          <select
            id={`${id}-quorum-share`}
            value={shareKey(share)}
            onChange={(e) => setShare(QUORUM_SHARES.find((s) => s.key === e.target.value)?.share ?? 1 / 2)}
          >
            {QUORUM_SHARES.map((s) => (
              <option key={s.key} value={s.key}>
                {t(`room.rules.shares.${s.key}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
