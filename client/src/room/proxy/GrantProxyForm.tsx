import { currentMembers, own, proxyGivenBy } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberSelect } from '../../ui/MemberSelect';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { CommandButton } from '../../ui/CommandButton';
import { Alert } from '../../ui/Alert';
import { CardForm } from '../../ui/CardForm';

/**
 * A member gives their vote by written proxy (委托) from their phone: they name the member who votes
 * for them while they are away, and may take it back. The server says why a holder cannot carry it.
 */
export function GrantProxyForm({ youId }: { youId: string }) {
  const { t } = useTranslation('proxy');
  const { state, send } = useRoomView();
  const runner = useCommand(send);
  const { run, busy, error, dismiss } = runner;
  const others = currentMembers(state).filter((m) => m.id !== youId);
  const [holderId, setHolderId] = useState('');
  const [open, setOpen] = useState(false);
  const given = proxyGivenBy(state, youId);
  const chosen = others.some((m) => m.id === holderId) ? holderId : (others[0]?.id ?? '');

  const onSubmit = async () => {
    if (await run({ type: 'proxy.grant', principalId: youId, holderId: chosen })) setOpen(false);
  };

  if (given) {
    return (
      <div className="stack subcard">
        <p>{t('grant.yours', { name: own(state.members, given.holderId)?.name ?? '' })}</p>
        <div className="row-actions">
          <CommandButton runner={runner} command={{ type: 'proxy.revoke', principalId: youId }}>
            {t('grant.revoke')}
          </CommandButton>
        </div>
        {error && <Alert message={error} onDismiss={dismiss} />}
      </div>
    );
  }
  return (
    <CardForm heading={t('grant.open')} onSubmit={onSubmit} fold={{ open, onOpen: () => setOpen(true) }}>
      <p className="hint">{t('grant.help')}</p>
      <MemberSelect label={t('grant.holderLabel')} members={others} value={chosen} onChange={setHolderId} />
      {error && <Alert message={error} onDismiss={dismiss} />}
      <div className="row-actions">
        <button type="submit" className="button button--primary" disabled={busy || chosen === ''}>
          {t('grant.submit')}
        </button>
      </div>
    </CardForm>
  );
}
