import { useId, useMemo, type ReactNode } from 'react';
import { knownTimeZones } from '../i18n/zonedTime';
import type { FieldProps } from './field';
import { TextField } from './TextField';

/** `value`: the zone as typed (an IANA name such as Asia/Shanghai); the list offers the known ones. */
interface Props extends FieldProps<string> {
  hint: ReactNode;
  required?: boolean;
  /** The typed zone is not a real one. */
  invalid?: boolean;
  /** A zone the list must offer even if this browser does not know it (the one in force). */
  listed: string;
}

/** The one time-zone field: typed, with the known zones offered as the user types (a searchable list). */
export function TimeZoneField({ value, invalid, listed, ...field }: Props) {
  const id = useId();
  const zones = useMemo(() => knownTimeZones(listed), [listed]);
  return (
    <>
      <TextField
        {...field}
        value={value}
        list={`${id}-zones`}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid}
      />
      <datalist id={`${id}-zones`}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
