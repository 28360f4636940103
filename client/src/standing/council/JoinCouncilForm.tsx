import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../../ui/FormFooter';
import { standingApi, sayRefusal } from '../standingApi';
import { saveCouncilMember, type CouncilCredentials } from './councilCredentials';
import { TextField } from '../../ui/TextField';

/** Joining the council's roster (议事队伍) by name, once per browser. */
export function JoinCouncilForm(props: {
  councilId: string;
  token: string;
  onJoined: (c: CouncilCredentials) => void;
}) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const [name, setName] = useState('');
  const [group, setGroup] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const answer = await standingApi.join(props.councilId, props.token, name, group);
    setBusy(false);
    if (!answer.ok) return setError(sayRefusal(answer.refusal, i18n.resolvedLanguage, s('failed')));
    saveCouncilMember(props.councilId, answer.value);
    props.onJoined(answer.value);
  };
  return (
    <form className="council__join stack" onSubmit={(e) => void submit(e)}>
      <h2>{s('join')}</h2>
      <TextField id="council-name" label={s('yourName')} value={name} required maxLength={60} onChange={setName} />
      <TextField id="council-group" label={s('group')} value={group} maxLength={40} onChange={setGroup} />
      <FormFooter error={error} onDismiss={() => setError(null)} busy={busy} submitLabel={s('joinButton')} />
    </form>
  );
}
