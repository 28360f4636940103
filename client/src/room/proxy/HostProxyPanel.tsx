import { currentMembers, LIMITS } from '@dr/shared';
import { useId, useState, type FormEvent } from 'react';
import { MemberSelect } from '../../ui/MemberSelect';
import { useTranslation } from 'react-i18next';
import { useRoomView } from '../../live/RoomContext';
import { useCommand } from '../../live/useCommand';
import { Alert } from '../../ui/Alert';
import { choicesOf, SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ProxyList } from './ProxyList';
import { useField } from '../../ui/field';

const MAX_CHOICES = ['1', '2', '3'];

/**
 * The host's written proxies (委托): whether the meeting allows them and how many one holder may
 * carry, recording a paper proxy with its reference, and the list with a way to revoke.
 */
export function HostProxyPanel() {
  const { t } = useTranslation('proxy');
  const id = useId();
  const { state, send } = useRoomView();
  const rules = useCommand(send);
  const record = useCommand(send);
  const members = currentMembers(state);
  const [principalId, setPrincipalId] = useState('');
  const [holderId, setHolderId] = useState('');
  const [reference, referenceField, setReference] = useField('');
  const pick = (chosen: string, fallback: number) =>
    members.some((m) => m.id === chosen) ? chosen : (members.at(fallback)?.id ?? '');
  const principal = pick(principalId, 0);
  const holder = pick(holderId, 1);

  const onRecord = async (event: FormEvent) => {
    event.preventDefault();
    const ref = reference.trim();
    const sent = await record.run({
      type: 'proxy.grant',
      principalId: principal,
      holderId: holder,
      ...(ref ? { reference: ref } : {}),
    });
    if (sent) setReference('');
  };

  return (
    <div className="stack">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={state.rules.proxies}
          disabled={rules.busy}
          onChange={(e) => void rules.run({ type: 'rules.set', proxies: e.target.checked })}
        />
        <span>{t('host.allow')}</span>
      </label>
      {state.rules.proxies && (
        <SelectField
          label={t('host.max')}
          value={String(state.rules.maxProxiesPerHolder)}
          disabled={rules.busy}
          onChange={(max) => void rules.run({ type: 'rules.set', maxProxiesPerHolder: Number(max) })}
          choices={choicesOf(MAX_CHOICES, (n) => n)}
        />
      )}
      {rules.error && <Alert message={rules.error} onDismiss={rules.dismiss} />}
      {!state.rules.proxies && <p className="hint">{t('host.off')}</p>}
      {state.rules.proxies && (
        <form className="stack subcard" onSubmit={(e) => void onRecord(e)} aria-labelledby={`${id}-record`}>
          <h3 id={`${id}-record`}>{t('host.record')}</h3>
          <MemberSelect label={t('terms.principal')} members={members} value={principal} onChange={setPrincipalId} />
          <MemberSelect label={t('terms.holder')} members={members} value={holder} onChange={setHolderId} />
          <TextField label={t('host.referenceLabel')} maxLength={LIMITS.proxyReference} {...referenceField} />
          {record.error && <Alert message={record.error} onDismiss={record.dismiss} />}
          <div className="row-actions">
            <button type="submit" className="button button--primary" disabled={record.busy || !principal || !holder}>
              {t('host.submit')}
            </button>
          </div>
        </form>
      )}
      <ProxyList revoke />
    </div>
  );
}
