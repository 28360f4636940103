/** A matter as its page and the archive show it: its steps with their councils' names, and its path. */
import type { MatterState, MatterView } from '@dr/shared/matter';
import type { CouncilBook } from '../council/councilBook.js';
import { involvedCouncils } from './matterDoor.js';

/** What the page says of the matter's councils: their names by id (one that is gone is left out), and the time zone of the first. */
export interface Councils {
  names: ReadonlyMap<string, string>;
  timeZone: string;
}

export async function councilNames(book: CouncilBook, matter: MatterState): Promise<Councils> {
  const names = new Map<string, string>();
  let timeZone = 'UTC';
  for (const councilId of involvedCouncils(matter)) {
    const council = await book.load(councilId);
    if (!council) continue;
    names.set(councilId, council.name);
    if (councilId === matter.councilId) timeZone = council.timeZone;
  }
  return { names, timeZone };
}

export function presentMatter(matter: MatterState, { names, timeZone }: Councils, you?: MatterView['you']): MatterView {
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
    timeZone,
    steps: matter.steps.map((step) => ({ ...step, councilName: names.get(step.councilId) ?? null })),
    path,
    ...(you ? { you } : {}),
  };
}
