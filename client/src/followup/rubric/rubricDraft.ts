/**
 * Editing a rubric in the host's form: immutable updates, fresh ids for new categories and
 * indicators (people never see ids), and names given in one language only copied to the other.
 * The rubric's rules themselves are the shared `Rubric` schema's.
 */
import { indicatorsOf, type LocalizedText, type Rubric, type RubricCategory, type RubricIndicator } from '@dr/shared';

const BLANK: LocalizedText = { 'zh-CN': '', en: '' };

/** An id the rubric does not use yet: `<stem>-<n>`. */
export function freshId(rubric: Rubric, stem: string): string {
  const used = new Set([...rubric.categories.map((c) => c.id), ...indicatorsOf(rubric).map((i) => i.id)]);
  for (let n = 1; ; n += 1) {
    const id = `${stem}-${n}`;
    if (!used.has(id)) return id;
  }
}

function newIndicator(rubric: Rubric): RubricIndicator {
  return { id: freshId(rubric, 'indicator'), label: BLANK, kind: 'base', max: 5, key: false };
}

export function addCategory(rubric: Rubric): Rubric {
  const category: RubricCategory = {
    id: freshId(rubric, 'category'),
    label: BLANK,
    indicators: [newIndicator(rubric)],
  };
  return { ...rubric, categories: [...rubric.categories, category] };
}

export function removeCategory(rubric: Rubric, index: number): Rubric {
  return { ...rubric, categories: rubric.categories.filter((_, i) => i !== index) };
}

export function updateCategory(rubric: Rubric, index: number, patch: Partial<RubricCategory>): Rubric {
  return { ...rubric, categories: rubric.categories.map((c, i) => (i === index ? { ...c, ...patch } : c)) };
}

export function addIndicator(rubric: Rubric, categoryIndex: number): Rubric {
  const indicator = newIndicator(rubric);
  return updateCategory(rubric, categoryIndex, {
    indicators: [...rubric.categories[categoryIndex]!.indicators, indicator],
  });
}

export function removeIndicator(rubric: Rubric, categoryIndex: number, index: number): Rubric {
  return updateCategory(rubric, categoryIndex, {
    indicators: rubric.categories[categoryIndex]!.indicators.filter((_, i) => i !== index),
  });
}

export function updateIndicator(
  rubric: Rubric,
  categoryIndex: number,
  index: number,
  patch: Partial<RubricIndicator>,
): Rubric {
  return updateCategory(rubric, categoryIndex, {
    indicators: rubric.categories[categoryIndex]!.indicators.map((ind, i) =>
      i === index ? { ...ind, ...patch } : ind,
    ),
  });
}

function complete(label: LocalizedText): LocalizedText {
  const zh = label['zh-CN'].trim();
  const en = label.en.trim();
  return { 'zh-CN': zh || en, en: en || zh };
}

/** Every name in both languages: one left blank takes the other. */
export function completeLabels(rubric: Rubric): Rubric {
  return {
    ...rubric,
    categories: rubric.categories.map((c) => ({
      ...c,
      label: complete(c.label),
      indicators: c.indicators.map((i) => ({ ...i, label: complete(i.label) })),
    })),
  };
}
