import type { Quorum, Rules } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { QUORUM_SHARES, shareKey } from './quorumText';

type Kind = 'none' | 'count' | 'share' | 'moreThan';

function kindOf(quorum: Quorum | null): Kind {
  if (quorum === null) return 'none';
  if ('count' in quorum) return 'count';
  return quorum.moreThan ? 'moreThan' : 'share';
}

interface Props {
  shown: Rules;
  change: (patch: Partial<Rules>) => void;
}

/**
 * The quorum part of the rules form (法定人数): how many are entitled to take part, and how many
 * responses a round needs, as a number or as a share of those entitled ("more than half of the
 * adults", "two thirds of the households"). The server checks that the quorum can be reached.
 */
export function QuorumFields({ shown, change }: Props) {
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
      <TextField
        label={t('room.rules.eligible')}
        type="number"
        inputMode="numeric"
        min={1}
        max={1_000_000}
        step={1}
        value={String(eligibleCount ?? '')}
        placeholder={t('room.rules.eligibleNotSet')}
        onChange={(value) => change({ eligibleCount: value === '' ? null : Math.max(1, Math.floor(Number(value))) })}
        hint={t('room.rules.eligibleHelp')}
      />
      <SelectField
        label={t('room.rules.quorumKind')}
        value={kind}
        onChange={setKind}
        choices={[
          { value: 'none', label: t('room.rules.quorumNone') },
          { value: 'count', label: t('room.rules.quorumCount') },
          { value: 'share', label: t('room.rules.quorumShare') },
          { value: 'moreThan', label: t('room.rules.quorumMoreThan') },
        ]}
      />
      {kind === 'count' && (
        <TextField
          label={t('room.rules.quorumCountLabel')}
          type="number"
          inputMode="numeric"
          min={1}
          max={1_000_000}
          step={1}
          value={String(count)}
          onChange={(value) => change({ quorum: { count: Math.max(1, Math.floor(Number(value) || 1)) } })}
        />
      )}
      {(kind === 'share' || kind === 'moreThan') && (
        <SelectField
          label={t('room.rules.quorumShareLabel')}
          value={shareKey(share)}
          onChange={(key) => setShare(QUORUM_SHARES.find((s) => s.key === key)?.share ?? 1 / 2)}
          choices={QUORUM_SHARES.map((s) => ({ value: s.key, label: t(`room.rules.shares.${s.key}`) }))}
        />
      )}
    </fieldset>
  );
}
