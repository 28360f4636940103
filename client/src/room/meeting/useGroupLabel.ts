import { SUGGESTED_GROUPS } from '@dr/shared';
import { useTranslation } from 'react-i18next';

type SuggestedGroup = (typeof SUGGESTED_GROUPS)[number];

export function isSuggestedGroup(group: string): group is SuggestedGroup {
  return (SUGGESTED_GROUPS as readonly string[]).includes(group);
}

/**
 * A stakeholder group as people read it: the suggested groups are stored by key (`resident`) and
 * shown in the reader's language (村民); any other group name is shown as typed.
 */
export function useGroupLabel(): (group: string) => string {
  const { t } = useTranslation();
  return (group) => (isSuggestedGroup(group) ? t(`groups.${group}`) : group);
}
