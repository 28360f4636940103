import { LIMITS, type Round } from '@dr/shared';
import { canAttempt } from '../../live/can';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/field';

/** After a round closes, the host records what was decided (定结果); the statement starts as the frozen text. */
export function RecordDecisionForm({ round }: { round: Round }) {
  const { t } = useTranslation();
  const id = useId();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [statement, statementField] = useField(round.text.slice(0, LIMITS.description));
  if (!canAttempt(state, you, { type: 'decision.record', roundId: round.id })) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run({ type: 'decision.record', roundId: round.id, statement: statement.trim() });
  };

  return (
    <form className="stack subcard" onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('consensus.record.heading')}</h3>
      <TextField
        label={t('consensus.record.statementLabel')}
        rows={5}
        required
        maxLength={LIMITS.description}
        {...statementField}
      />
      <p className="hint">{t('consensus.record.hint')}</p>
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button button--primary" disabled={busy || statement.trim() === ''}>
        {t('consensus.record.submit')}
      </button>
    </form>
  );
}
