import { ITEM_CATEGORIES, type ItemCategory } from '@dr/shared';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  value: ItemCategory | null;
  onChange: (category: ItemCategory | null) => void;
}

/**
 * A topic's category: an ordinary matter, or one the law reserves to the 村民会议 (村民委员会组织法
 * art. 24). Loaded on demand by the host's edit form (its words are in the follow-up's namespace).
 */
export default function ItemCategoryField({ id, value, onChange }: Props) {
  const { t } = useTranslation('followup');
  return (
    <div className="field">
      <label htmlFor={`${id}-category`}>{t('law.category.label')}</label>
      <select
        id={`${id}-category`}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as ItemCategory))}
      >
        <option value="">{t('law.category.none')}</option>
        {ITEM_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`law.categories.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
