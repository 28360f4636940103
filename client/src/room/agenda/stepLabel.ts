import { ITEM_STEPS, type ItemStep } from '@dr/shared';
import type { TFunction } from 'i18next';

/** "Step 3 of 6: Deliberate with all sides" in the reader's language. */
export function stepLabel(t: TFunction, step: ItemStep): string {
  return t('steps.position', {
    n: ITEM_STEPS.indexOf(step) + 1,
    total: ITEM_STEPS.length,
    name: t(`steps.${step}.name`),
  });
}
