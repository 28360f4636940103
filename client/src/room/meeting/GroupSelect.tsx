import { LIMITS, SUGGESTED_GROUPS } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSuggestedGroup } from './useGroupLabel';

const OTHER = '__other__';

interface Props {
  id: string;
  label: string;
  /** A suggested group's key, any other group name, or '' for none. */
  value: string;
  onChange: (group: string) => void;
}

/** A stakeholder group: one of the suggested ones (村民, 党员 …) or a name typed in. */
export function GroupSelect({ id, label, value, onChange }: Props) {
  const { t } = useTranslation();
  const [other, setOther] = useState(value !== '' && !isSuggestedGroup(value));
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={other ? OTHER : value}
          onChange={(e) => {
            const choice = e.target.value;
            setOther(choice === OTHER);
            onChange(choice === OTHER ? '' : choice);
          }}
        >
          <option value="">{t('groups.none')}</option>
          {SUGGESTED_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`groups.${group}`)}
            </option>
          ))}
          <option value={OTHER}>{t('groups.other')}</option>
        </select>
      </div>
      {other && (
        <div className="field">
          <label htmlFor={`${id}-other`}>{t('groups.otherLabel')}</label>
          <input id={`${id}-other`} maxLength={LIMITS.group} value={value} onChange={(e) => onChange(e.target.value)} />
        </div>
      )}
    </>
  );
}
