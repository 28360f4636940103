/**
 * A fact as shown (明事): its text and source, who recorded it and when, and whether the host
 * retracted it. One presenter for the screen, the public notice and the minutes, so all three keep
 * a retracted fact in the record, marked as such, instead of dropping it.
 */
import { z } from 'zod';

export const FactView = z.object({
  id: z.string(),
  text: z.string(),
  /** Where the fact comes from, as written; empty when none was given. */
  source: z.string(),
  /** The recorder's name; null when a host console that never joined as a member recorded it. */
  recordedBy: z.string().nullable(),
  /** ms since the epoch (server time). */
  recordedAt: z.number(),
  retracted: z
    .object({
      reason: z.string(),
      /** As `recordedBy`: a name, or null for a host console. */
      by: z.string().nullable(),
      at: z.number(),
    })
    .nullable(),
});
export type FactView = z.infer<typeof FactView>;

/** An item's facts on the record, by the item's title. */
export const ItemFactsView = z.object({ itemId: z.string(), itemTitle: z.string(), facts: z.array(FactView) });
export type ItemFactsView = z.infer<typeof ItemFactsView>;
