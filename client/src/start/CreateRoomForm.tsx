import { LIMITS, type Locale } from '@dr/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n/language';
import { LocaleSelect } from '../ui/LocaleSelect';
import { errorMessage } from '../live/errorMessage';
import { Alert } from '../ui/Alert';
import { browserTimeZone } from '../i18n/zonedTime';
import { createRoom, type CreatedRoom } from './createRoom';
import { TextField } from '../ui/TextField';

interface Props {
  onCreated: (room: CreatedRoom, title: string) => void;
}

export function CreateRoomForm({ onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState('');
  const [locale, setLocale] = useState<Locale>(isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');
  const [busy, setBusy] = useState(false);
  // The meeting is held where its host is: the browser's zone (the host console can change it).
  const zone = useMemo(() => browserTimeZone(), []);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const answer = await createRoom(title.trim(), locale, zone);
    setBusy(false);
    if (answer.ok) onCreated(answer.value, title.trim());
    // The refusal in the page's language (a township office that created too many rooms reads why).
    else setError(answer.refusal ? errorMessage(t, i18n.resolvedLanguage, answer.refusal) : t('start.failed'));
  };

  return (
    <form className="card stack" onSubmit={(e) => void onSubmit(e)}>
      <TextField
        id="room-title"
        label={t('start.titleLabel')}
        required
        maxLength={LIMITS.roomTitle}
        value={title}
        placeholder={t('start.titlePlaceholder')}
        onChange={setTitle}
      />
      <LocaleSelect id="room-locale" label={t('start.localeLabel')} value={locale} onChange={setLocale} />
      {zone && <p className="hint">{t('start.timeZone', { zone })}</p>}
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {busy ? t('start.creating') : t('start.submit')}
      </button>
    </form>
  );
}
