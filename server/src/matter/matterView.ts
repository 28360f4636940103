/** A matter as its page and the archive show it: its steps with their councils' names, and its path. */
import type { MatterState, MatterView } from '@dr/shared/matter';
import type { CouncilBook } from '../council/councilBook.js';
import { involvedCouncils } from './matterDoor.js';

/** The names of the matter's councils, by id (a council that is gone is left out). */
export async function councilNames(book: CouncilBook, matter: MatterState): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const councilId of involvedCouncils(matter)) {
    const council = await book.load(councilId);
    if (council) names.set(councilId, council.name);
  }
  return names;
}

export function presentMatter(matter: MatterState, names: ReadonlyMap<string, string>): MatterView {
  const { matterId, councilId, title, category, proposedBy, description, preset, status, createdAt, path } = matter;
  return {
    matterId,
    councilId,
    title,
    category,
    proposedBy,
    description,
    preset,
    status,
    createdAt,
    steps: matter.steps.map((step) => ({ ...step, councilName: names.get(step.councilId) ?? null })),
    path,
  };
}
