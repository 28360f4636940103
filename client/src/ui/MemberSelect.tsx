import type { FieldProps } from './field';
import { SelectField } from './SelectField';

interface Props extends FieldProps<string> {
  members: readonly { id: string; name: string }[];
  /** Starts with an empty choice: nobody is chosen until the host picks someone. */
  blank?: boolean;
}

/** A labelled choice of one member, by name: who gives a proxy, who holds it, who left, whose household. */
export function MemberSelect({ label, members, value, onChange, blank = false }: Props) {
  const choices = members.map((m) => ({ value: m.id, label: m.name }));
  return (
    <SelectField
      label={label}
      value={value}
      onChange={onChange}
      choices={blank ? [{ value: '', label: '' }, ...choices] : choices}
    />
  );
}
