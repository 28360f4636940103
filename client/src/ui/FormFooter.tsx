import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';

interface Props {
  /** The command's refusal, already in the reader's language; shown above the buttons. */
  error: string | null;
  onDismiss: () => void;
  busy: boolean;
  submitLabel: string;
  /** `danger` for a form that turns something down; plain when the form is a side task. */
  tone?: 'primary' | 'danger' | 'plain';
  /** Shows a Cancel button; `quiet` when cancelling only folds the form away. */
  onCancel?: () => void;
  quietCancel?: boolean;
}

/** The end of a small command form: its refusal, if any, then Submit and Cancel. */
export function FormFooter({ error, onDismiss, busy, submitLabel, tone = 'primary', onCancel, quietCancel }: Props) {
  const { t } = useTranslation();
  const submitClass = tone === 'plain' ? 'button' : `button button--${tone}`;
  return (
    <>
      {error && <Alert message={error} onDismiss={onDismiss} />}
      <div className="button-row">
        <button type="submit" className={submitClass} disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className={quietCancel ? 'button button--quiet' : 'button'} onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
