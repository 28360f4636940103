import type { MatterView } from '@dr/shared/matter';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequest } from '../../live/useRequest';
import { CardForm } from '../../ui/CardForm';
import { FormFooter } from '../../ui/FormFooter';
import { TextField } from '../../ui/TextField';
import { sayRefusal } from '../standingApi';
import { matterApi } from './matterApi';

interface Props {
  matter: MatterView;
  token: string;
  disclosure: boolean;
  onRecorded: (matter: MatterView) => void;
}

/**
 * The host of the council holding the open step records it: a deliberation's outcome, read by the
 * server from the round its meeting held on the matter's topic, or a disclosure's date and link.
 */
export function RecordStep({ matter, token, disclosure, onRecorded }: Props) {
  const { i18n } = useTranslation();
  const { t: m } = useTranslation('matter');
  const { busy, error, dismiss, send } = useRequest();
  const [amended, setAmended] = useState(false);
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10));
  const [link, setLink] = useState('');
  const say = (refusal: Parameters<typeof sayRefusal>[0]) => sayRefusal(refusal, i18n.resolvedLanguage, m('failed'));
  const submit = async () => {
    const publishedAt = Date.parse(`${day}T00:00:00Z`);
    const done = await send(
      () =>
        disclosure
          ? matterApi.disclosure(matter.matterId, token, Number.isNaN(publishedAt) ? -1 : publishedAt, link.trim())
          : matterApi.outcome(matter.matterId, token, amended),
      say,
    );
    if (done) onRecorded(done);
  };
  return (
    <CardForm heading={disclosure ? m('recordDisclosure') : m('recordOutcome')} level={3} onSubmit={submit}>
      {disclosure ? (
        <>
          <TextField label={m('publishedAtField')} type="date" value={day} required onChange={setDay} />
          <TextField label={m('linkField')} type="url" value={link} required maxLength={2000} onChange={setLink} />
        </>
      ) : (
        <label className="council__check">
          <input type="checkbox" checked={amended} onChange={(e) => setAmended(e.target.checked)} />
          {m('amended')}
        </label>
      )}
      <FormFooter error={error} onDismiss={dismiss} busy={busy} submitLabel={m('recordButton')} />
    </CardForm>
  );
}
