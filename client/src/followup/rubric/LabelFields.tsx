import { RUBRIC_LIMITS, type LocalizedText } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './LabelFields.css';

interface Props {
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
}

/** A rubric name in Chinese and in English: at least one (the editor copies it to a blank other). */
export function LabelFields({ value, onChange }: Props) {
  const { t } = useTranslation('followup');
  const id = useId();
  return (
    <div className="rubric-labels">
      <div className="field">
        <label htmlFor={`${id}-zh`}>{t('rubric.nameZh')}</label>
        <input
          id={`${id}-zh`}
          lang="zh-CN"
          maxLength={RUBRIC_LIMITS.label}
          required={value.en.trim() === ''}
          value={value['zh-CN']}
          onChange={(e) => onChange({ ...value, 'zh-CN': e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-en`}>{t('rubric.nameEn')}</label>
        <input
          id={`${id}-en`}
          lang="en"
          maxLength={RUBRIC_LIMITS.label}
          required={value['zh-CN'].trim() === ''}
          value={value.en}
          onChange={(e) => onChange({ ...value, en: e.target.value })}
        />
      </div>
    </div>
  );
}
