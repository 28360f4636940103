/**
 * Reading a request's JSON body against its schema. A field the schema does not name is refused
 * `request.unknownField` with the field's name (never answered as if a known field were wrong: a
 * client sending `{ name, nmae }` hears about `nmae`); any other mismatch gets the route's own refusal.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { sendError } from './errors.js';

/** The body as `schema` reads it, or null with a refusal sent (`refuse` for anything but an unknown field). */
export function readBody<S extends z.ZodObject>(
  schema: S,
  req: Request,
  res: Response,
  refuse: (error: z.ZodError) => void,
): z.infer<S> | null {
  const stray = unknownField(req.body, schema.shape);
  if (stray !== null) {
    sendError(res, 400, 'invalid', 'request.unknownField', { field: stray });
    return null;
  }
  const parsed = schema.safeParse(req.body);
  if (parsed.success) return parsed.data;
  // A nested object the schema holds strict (a command's fields) names its stray field too.
  const nested = parsed.error.issues.find((issue) => issue.code === 'unrecognized_keys');
  if (nested)
    sendError(res, 400, 'invalid', 'request.unknownField', { field: [...nested.path, nested.keys[0]].join('.') });
  else refuse(parsed.error);
  return null;
}

/** For a route that takes no body: a field in one is refused by name. Whether the request may go on. */
export function noBody(req: Request, res: Response): boolean {
  const stray = unknownField(req.body, {});
  if (stray === null) return true;
  sendError(res, 400, 'invalid', 'request.unknownField', { field: stray });
  return false;
}

/** The first top-level field of `body` that `shape` does not name, or null. */
function unknownField(body: unknown, shape: object): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  return Object.keys(body).find((key) => !Object.hasOwn(shape, key)) ?? null;
}
