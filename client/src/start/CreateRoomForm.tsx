import { LIMITS, type Locale } from '@dr/shared';
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n/language';
import { LocaleSelect } from '../ui/LocaleSelect';
import { errorMessage } from '../live/errorMessage';
import { Alert } from '../ui/Alert';
import { browserTimeZone } from '../i18n/zonedTime';
import { createRoom, type CreatedRoom } from './createRoom';
import { TextField } from '../ui/TextField';
import { useRequest } from '../live/useRequest';
import { useField } from '../ui/field';

interface Props {
  onCreated: (room: CreatedRoom, title: string) => void;
}

export function CreateRoomForm({ onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const [title, titleField] = useField('');
  const [locale, localeField] = useField<Locale>(isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');
  const { busy, error, dismiss, send } = useRequest();
  // The meeting is held where its host is: the browser's zone (the host console can change it).
  const zone = useMemo(() => browserTimeZone(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await send(
      () => createRoom(title.trim(), locale, zone),
      // The refusal in the page's language (a township office that created too many rooms reads why).
      (refusal) => (refusal ? errorMessage(t, i18n.resolvedLanguage, refusal) : t('start.failed')),
    );
    if (created) onCreated(created, title.trim());
  };

  return (
    <form className="card stack" onSubmit={(e) => void onSubmit(e)}>
      <TextField
        id="room-title"
        label={t('start.titleLabel')}
        required
        maxLength={LIMITS.roomTitle}
        placeholder={t('start.titlePlaceholder')}
        {...titleField}
      />
      <LocaleSelect id="room-locale" label={t('start.localeLabel')} {...localeField} />
      {zone && <p className="hint">{t('start.timeZone', { zone })}</p>}
      {error && <Alert message={error} onDismiss={dismiss} />}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {busy ? t('start.creating') : t('start.submit')}
      </button>
    </form>
  );
}
