import { currentMembers, LIMITS } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { MemberSelect } from '../../ui/MemberSelect';
import { TextField } from '../../ui/TextField';
import { CardForm } from '../../ui/CardForm';

/**
 * The host labels a member's household (户: a house number, the head's name) or clears it
 * (`member.setHousehold`), and sees who carries which. With households counted, one household has one
 * voice (村民委员会组织法 art. 22). The host console's only, in the proxy strings' chunk: households
 * and written proxies are the law's representation, off the phone's first page.
 */
export function HouseholdForm() {
  const { t } = useTranslation('proxy');
  const { state, send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const members = currentMembers(state);
  const [memberId, setMemberId] = useState('');
  // null: the chosen member's household as the room has it; a string: what the host is typing.
  const [typed, setTyped] = useState<string | null>(null);
  const chosen = members.find((m) => m.id === memberId);
  const value = typed ?? chosen?.household ?? '';
  const clearing = value.trim() === '';
  const labelled = members.filter((m) => m.household !== null);

  const onSave = async () => {
    if (!chosen) return;
    const household = value.trim() || null;
    if (await run({ type: 'member.setHousehold', memberId: chosen.id, household })) setTyped(null);
  };

  return (
    <CardForm heading={t('household.heading')} level={3} onSubmit={onSave}>
      <MemberSelect
        label={t('household.memberLabel')}
        members={members}
        blank
        value={chosen ? memberId : ''}
        onChange={(next) => {
          setMemberId(next);
          setTyped(null);
        }}
      />
      <TextField
        label={t('terms.household')}
        maxLength={LIMITS.household}
        value={value}
        disabled={!chosen}
        onChange={setTyped}
        hint={t('household.help')}
      />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <div className="row-actions">
        <button type="submit" className="button" disabled={busy || !chosen || (clearing && chosen.household === null)}>
          {t(clearing ? 'household.clear' : 'household.save')}
        </button>
      </div>
      {labelled.length > 0 && (
        <ul className="stack" aria-label={t('household.listLabel')}>
          {labelled.map((m) => (
            <li key={m.id}>{t('household.row', { name: m.name, household: m.household })}</li>
          ))}
        </ul>
      )}
    </CardForm>
  );
}
