import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import type { FieldProps } from './field';

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> &
  FieldProps<string> & {
    /** A line of text: a textarea of this many rows instead of an input. */
    rows?: number;
    /** A sentence under the field, which a screen reader reads with it. */
    hint?: ReactNode;
  };

/** The one labelled text field of every form (`.field`): the label, the input or textarea, a hint. */
export function TextField({ label, onChange, rows, hint, id, ...field }: TextFieldProps) {
  const own = useId();
  const fieldId = id ?? own;
  const props = {
    ...field,
    id: fieldId,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    'aria-describedby': hint ? `${fieldId}-hint` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {rows ? (
        <textarea rows={rows} {...(props as TextareaHTMLAttributes<HTMLTextAreaElement>)} />
      ) : (
        <input {...props} />
      )}
      {hint && (
        <p id={`${fieldId}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
