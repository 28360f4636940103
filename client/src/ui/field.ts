import { useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';

/** What every field of a form takes: its label, the value it shows, and what a change sends back. */
export interface FieldProps<V> {
  label: ReactNode;
  value: V;
  onChange: (value: V) => void;
}

/**
 * A form's state for one field, as `useState` gives it, and the two props that bind a field to it:
 * `const [title, titleField, setTitle] = useField('')`, then `<TextField label=… {...titleField} />`.
 */
export function useField<V>(
  initial: V | (() => V),
): [V, Pick<FieldProps<V>, 'value' | 'onChange'>, Dispatch<SetStateAction<V>>] {
  const [value, setValue] = useState(initial);
  return [value, { value, onChange: setValue }, setValue];
}
