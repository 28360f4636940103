import { RUBRIC_LIMITS, type LocalizedText } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import './LabelFields.css';
import { TextField } from '../../ui/TextField';

interface Props {
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
}

/** A rubric name in Chinese and in English: at least one (the editor copies it to a blank other). */
export function LabelFields({ value, onChange }: Props) {
  const { t } = useTranslation('followup');
  return (
    <div className="rubric-labels">
      <TextField
        label={t('rubric.nameZh')}
        lang="zh-CN"
        maxLength={RUBRIC_LIMITS.label}
        required={value.en.trim() === ''}
        value={value['zh-CN']}
        onChange={(typed) => onChange({ ...value, 'zh-CN': typed })}
      />
      <TextField
        label={t('rubric.nameEn')}
        lang="en"
        maxLength={RUBRIC_LIMITS.label}
        required={value['zh-CN'].trim() === ''}
        value={value.en}
        onChange={(typed) => onChange({ ...value, en: typed })}
      />
    </div>
  );
}
