import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { FieldProps } from './field';

/** One choice of a `SelectField`: the value it sends and the words it shows. */
export interface Choice<V extends string = string> {
  value: V;
  label: ReactNode;
  /** The choice's own language, when it is named in itself (a language's name). */
  lang?: string;
}

export type SelectFieldProps<V extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange' | 'children'
> &
  FieldProps<V> & {
    /** The choices in order; a select never sends a value that is not one of them. */
    choices: readonly Choice<V>[];
    /** A sentence under the field, which a screen reader reads with it. */
    hint?: ReactNode;
    /** `field--inline`: the label beside the select (a control in a row of buttons). */
    inline?: boolean;
  };

/** The one labelled select of every form (`.field`): the label, the select and its choices, a hint. */
export function SelectField<V extends string>({
  label,
  value,
  onChange,
  choices,
  hint,
  inline,
  id,
  ...select
}: SelectFieldProps<V>) {
  const own = useId();
  const fieldId = id ?? own;
  return (
    <div className={inline ? 'field field--inline' : 'field'}>
      <label htmlFor={fieldId}>{label}</label>
      <select
        {...select}
        id={fieldId}
        value={value}
        aria-describedby={hint ? `${fieldId}-hint` : undefined}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} lang={choice.lang}>
            {choice.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${fieldId}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The choices of a list of values, each shown as `label(value)`. */
export function choicesOf<V extends string>(values: readonly V[], label: (value: V) => ReactNode): Choice<V>[] {
  return values.map((value) => ({ value, label: label(value) }));
}
