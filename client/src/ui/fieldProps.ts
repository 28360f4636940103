import type { ReactNode } from 'react';

/** What every field of a form takes: its label, the value it shows, and what a change sends back. */
export interface FieldProps<V> {
  label: ReactNode;
  value: V;
  onChange: (value: V) => void;
}
