import { membersInOrder, type HandKind } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { can } from '../../live/can';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { HandKindChoice } from './HandKindChoice';
import { CardForm } from '../../ui/CardForm';
import { SelectField } from '../../ui/SelectField';
import { useField } from '../../ui/field';

/**
 * The host raises a hand for someone, e.g. a person in the room without a phone. Only people whose
 * hand the shared rules would accept now are offered.
 */
export function RaiseForMember({ preselect }: { preselect?: string | undefined }) {
  const { t } = useTranslation();
  const { state, you, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [kind, kindField] = useField<HandKind>('speak');
  const [chosen, setChosen] = useState(preselect ?? '');
  const candidates = membersInOrder(state).filter((m) =>
    can(state, you, { type: 'queue.raise', memberId: m.id, kind }),
  );
  const memberId = candidates.some((m) => m.id === chosen) ? chosen : (candidates[0]?.id ?? '');

  const onSubmit = () => {
    if (memberId) void run({ type: 'queue.raise', memberId, kind });
  };

  return (
    <CardForm heading={t('room.raiseFor.heading')} level={3} onSubmit={onSubmit}>
      {candidates.length === 0 ? (
        <p className="hint">{t('room.raiseFor.nobody')}</p>
      ) : (
        <>
          <SelectField
            label={t('room.raiseFor.memberLabel')}
            value={memberId}
            onChange={setChosen}
            choices={candidates.map((m) => ({ value: m.id, label: `${m.name} · ${t(`presence.${m.presence}`)}` }))}
          />
          <HandKindChoice {...kindField} pointsOfOrder={state.rules.pointsOfOrder} />
          {error && <Alert message={error} onDismiss={dismiss} />}
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('room.raiseFor.submit')}
          </button>
        </>
      )}
    </CardForm>
  );
}
