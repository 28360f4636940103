/**
 * Typed answers and parsed requests: every route names the shared schema of its answer
 * (shared/src/protocol/http.ts) where it sends it, so the server cannot send a shape the clients
 * do not expect, and reads path parameters and bodies only through a schema.
 */
import type { Response } from 'express';
import type { z } from 'zod';

/** Sends `body` as JSON, typed by the route's answer schema. */
export function sendJson<S extends z.ZodType>(res: Response, _answer: S, body: z.output<S>, status = 200): void {
  res.status(status).json(body);
}
