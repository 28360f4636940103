import { LOCALES, type Locale } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../i18n/language';

interface Props {
  id: string;
  label: string;
  value: Locale;
  onChange: (locale: Locale) => void;
}

/** The language a room or a council is held in (its minutes, notice and default screens), each named in itself. */
export function LocaleSelect({ id, label, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          if (isLocale(e.target.value)) onChange(e.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`start.locale.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
