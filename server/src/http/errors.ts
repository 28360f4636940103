import type { Response } from 'express';

/** The HTTP twin of the socket protocol's error value: `{ error: { code, message } }`. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}
