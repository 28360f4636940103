import { LIMITS } from '@dr/shared';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { standingApi, sayRefusal, sitePath } from '../standingApi';
import { FormFooter } from '../../ui/FormFooter';
import { TextField } from '../../ui/TextField';
import { useRequest } from '../../live/useRequest';
import { useField } from '../../ui/field';

/**
 * A new office (a township or street office, 街镇) that oversees councils: only its name. Once
 * created, its page opens with its one link, which it keeps, and a form for its councils.
 */
export function CreateOfficeForm({ onCancel }: { onCancel?: () => void }) {
  const { i18n } = useTranslation();
  const { t: text } = useTranslation('office');
  const id = useId();
  const [name, nameField] = useField('');
  const { busy, error, dismiss, send } = useRequest();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await send(
      () => standingApi.createOffice(name.trim()),
      (refusal) => sayRefusal(refusal, i18n.resolvedLanguage, text('createFailed')),
      true,
    );
    if (created) window.location.assign(sitePath(created.link));
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text('create')}</h2>
      <TextField
        label={text('name')}
        required
        maxLength={LIMITS.roomTitle}
        placeholder={text('namePlaceholder')}
        {...nameField}
      />
      <FormFooter
        error={error}
        onDismiss={dismiss}
        busy={busy}
        submitLabel={busy ? text('creating') : text('submit')}
        {...(onCancel ? { onCancel, quietCancel: true } : {})}
      />
    </form>
  );
}
