import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import './RemoveMemberButton.css';

interface Props {
  memberId: string;
  name: string;
}

/**
 * The host takes someone out of the meeting (a mistaken or unwanted join). It cannot be undone for
 * that member, so a second step says what happens and asks again; Cancel gets the focus.
 */
export function RemoveMemberButton({ memberId, name }: Props) {
  const { t } = useTranslation();
  const { send } = useRoomView();
  const { run, busy, error, dismiss } = useCommand(send);
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={t('room.members.removeLabel', { name })}
        onClick={() => setAsking(true)}
      >
        {t('room.members.remove')}
      </button>
    );
  }

  const remove = async () => {
    if (await run({ type: 'member.remove', memberId })) setAsking(false);
  };

  return (
    <div className="members__confirm stack" role="group" aria-label={t('room.members.removeLabel', { name })}>
      <p>{t('room.members.confirmRemove', { name })}</p>
      <div className="members__confirm-buttons">
        <button type="button" className="button button--small button--danger" disabled={busy} onClick={remove}>
          {t('room.members.confirmButton')}
        </button>
        <button type="button" className="button button--small" autoFocus onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
      {error && <Alert message={error} onDismiss={dismiss} />}
    </div>
  );
}
