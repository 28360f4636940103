import { LIMITS, SUGGESTED_GROUPS } from '@dr/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProps } from '../../ui/field';
import { choicesOf, SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { isSuggestedGroup } from './useGroupLabel';

const OTHER = '__other__';

interface Props extends FieldProps<string> {
  id: string;
}

/** A stakeholder group: one of the suggested ones (村民, 党员 …) or a name typed in (`value`: a suggested group's key, any other group name, or '' for none). */
export function GroupSelect({ id, label, value, onChange }: Props) {
  const { t } = useTranslation();
  const [other, setOther] = useState(value !== '' && !isSuggestedGroup(value));
  return (
    <>
      <SelectField
        id={id}
        label={label}
        value={other ? OTHER : value}
        onChange={(choice) => {
          setOther(choice === OTHER);
          onChange(choice === OTHER ? '' : choice);
        }}
        choices={[
          { value: '', label: t('groups.none') },
          ...choicesOf(SUGGESTED_GROUPS, (group) => t(`groups.${group}`)),
          { value: OTHER, label: t('groups.other') },
        ]}
      />
      {other && <TextField label={t('groups.otherLabel')} maxLength={LIMITS.group} value={value} onChange={onChange} />}
    </>
  );
}
