import { LIMITS } from '@dr/shared';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../live/request';
import { useRequest } from '../live/useRequest';
import { useField } from '../ui/field';
import { FormFooter } from '../ui/FormFooter';
import { TextField } from '../ui/TextField';
import { sayRefusal, sitePath } from './standingApi';

/** What a creation form says: its heading, its name field, its button (and while it waits), a failure with no reason. */
export interface CreateWords {
  heading: string;
  name: string;
  namePlaceholder: string;
  submit: string;
  creating: string;
  failed: string;
}

interface Props<T> {
  words: CreateWords;
  /** Asks the server for the new council or office of this name (trimmed). */
  create: (name: string) => Promise<Answer<T>>;
  /** The link of the page to open once created (where its links are shown to keep). */
  linkOf: (created: T) => string;
  onCancel?: (() => void) | undefined;
  /** The form's fields after the name. */
  children?: ReactNode;
}

/**
 * Creating a council or an office: the form, starting with the name every one has, its refusal in the page's language, and on success a
 * full load of the new one's page (as every navigation); the form stays busy until it leaves.
 */
export function CreateAndOpen<T>({ words, create, linkOf, onCancel, children }: Props<T>) {
  const { i18n } = useTranslation();
  const id = useId();
  const [name, nameField] = useField('');
  const { busy, error, dismiss, send } = useRequest();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await send(
      () => create(name.trim()),
      (refusal) => sayRefusal(refusal, i18n.resolvedLanguage, words.failed),
      true,
    );
    if (created) window.location.assign(sitePath(linkOf(created)));
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{words.heading}</h2>
      <TextField
        label={words.name}
        required
        maxLength={LIMITS.roomTitle}
        placeholder={words.namePlaceholder}
        {...nameField}
      />
      {children}
      <FormFooter
        error={error}
        onDismiss={dismiss}
        busy={busy}
        submitLabel={busy ? words.creating : words.submit}
        {...(onCancel ? { onCancel, quietCancel: true } : {})}
      />
    </form>
  );
}
