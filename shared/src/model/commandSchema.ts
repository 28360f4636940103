/**
 * What every command's schema is made of: capped free text, ids of the room's own entries, positions,
 * and the strict object each command is. Apart from the commands so that each area's list stays short.
 */
import { z } from 'zod';

/** Trimmed, non-empty, capped free text (a description, a reason, a note). Names and titles use `nameText`. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
/**
 * An id of something in the room (an item, a member, a round, a decision, an action item, an
 * indicator), as a client sends it. Every field that names an existing thing uses this schema, and
 * rules look it up among the room's own entries only (`own`): an unknown id, `constructor` included,
 * is refused `not_found`. `clientIds.test.ts` finds the fields by this schema.
 */
export const EntityId = z.string().min(1).max(64);
export const id = EntityId;
export const position = z.number().int().min(0).max(10_000);
export const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

export const eligible = z.number().int().min(1).max(1_000_000);
