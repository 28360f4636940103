import { ITEM_CATEGORIES, type ItemCategory } from '@dr/shared';
import { useTranslation } from 'react-i18next';
import { choicesOf, SelectField } from '../../ui/SelectField';

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
    <SelectField<ItemCategory | ''>
      id={`${id}-category`}
      label={t('law.category.label')}
      value={value ?? ''}
      onChange={(chosen) => onChange(chosen === '' ? null : chosen)}
      choices={[
        { value: '', label: t('law.category.none') },
        ...choicesOf(ITEM_CATEGORIES, (c) => t(`law.categories.${c}`)),
      ]}
    />
  );
}
