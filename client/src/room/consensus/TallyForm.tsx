import { CONSENSUS_LEVELS, type LevelCounts, type Round } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import './levels.css';
import './TallyForm.css';

/**
 * The host enters the room's own count, hands or cards per level, for the people without a phone
 * (or who answer in the room). A new count replaces the last; it is shown as the in-room count.
 */
export function TallyForm({ round }: { round: Round }) {
  const { t } = useTranslation();
  const id = useId();
  const { send } = useRoomView();
  const { run, busy, error, refusal, dismiss } = useCommand(send);
  const [counts, setCounts] = useState<string[]>(() => round.roomCounts.map(String));
  const saved = counts.every((value, level) => Number(value || 0) === round.roomCounts[level]);

  const save = (confirm: boolean) => {
    const numbers = counts.map((value) => Math.max(0, Math.floor(Number(value) || 0))) as LevelCounts;
    void run({
      type: 'consensus.tally',
      roundId: round.id,
      counts: Object.fromEntries(numbers.map((n, level) => [String(level), n])),
      ...(confirm ? { confirm: true } : {}),
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save(false);
  };
  // More hands than people marked in the room who have not voted by phone: the server asks the host to confirm.
  const askConfirm = refusal?.reason === 'round.tallyAbovePresent' && !saved;

  return (
    <form className="stack subcard room-count" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('consensus.tally.heading')}</h3>
      <p className="hint">{t('consensus.tally.help')}</p>
      <div className="room-count__grid">
        {CONSENSUS_LEVELS.map((level) => (
          <div key={level} className="room-count__field">
            <label htmlFor={`${id}-${level}`}>
              <span className={`room-count__swatch meter__part--${level}`} aria-hidden="true" />
              {t('consensus.tally.label', { level, name: t(`consensus.levels.${level}.name`) })}
            </label>
            <input
              id={`${id}-${level}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={100000}
              step={1}
              value={counts[level]}
              onChange={(e) => setCounts(counts.map((c, l) => (l === level ? e.target.value : c)))}
            />
          </div>
        ))}
      </div>
      {error && <Alert message={error} onDismiss={dismiss} />}
      {askConfirm && (
        <button type="button" className="button" disabled={busy} onClick={() => save(true)}>
          {t('consensus.tally.confirm')}
        </button>
      )}
      <p className="hint" aria-live="polite">
        {saved ? t('consensus.tally.saved') : t('consensus.tally.unsaved')}
      </p>
      <button type="submit" className="button" disabled={busy || saved}>
        {t('consensus.tally.submit')}
      </button>
    </form>
  );
}
