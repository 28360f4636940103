import { LOCALES, type Locale } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import type { FieldProps } from './field';
import { SelectField } from './SelectField';

interface Props extends FieldProps<Locale> {
  id: string;
}

/** The language a room or a council is held in (its minutes, notice and default screens), each named in itself. */
export function LocaleSelect({ id, label, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={onChange}
      choices={LOCALES.map((l) => ({ value: l, label: t(`start.locale.${l}`), lang: l }))}
    />
  );
}
