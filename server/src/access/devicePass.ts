/**
 * The device pass: a random id in a cookie that the page load before a join gives the browser (the
 * room's page `/r/…` and the short address `/j/…`). The Socket.IO handshake carries it back, and the
 * room's joins are shared fairly between passes (room/joinQueue.ts), so a hall behind one address
 * is many sources, and one device is one, however many loops it runs. It proves nothing about a
 * person: a program may drop it and fetch another; it then gets one more turn among many, not the
 * hall's allowance (docs/development.md, "Joining a hall").
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { randomToken } from '../credentials/tokens.js';

export const DEVICE_COOKIE = 'dr_device';
/** A pass lasts a year: the phone that joined keeps its turn and its count across meetings. */
const MAX_AGE_S = 365 * 24 * 60 * 60;
/** `randomToken()`: 16 bytes, base64url. */
const SHAPE = /^[A-Za-z0-9_-]{22}$/;

/** The device pass a request carries, or null (none, or not one this server gives). */
export function devicePassOf(request: Pick<IncomingMessage, 'headers'>): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === DEVICE_COOKIE && value && SHAPE.test(value)) return value;
  }
  return null;
}

/** Gives a pass to a page load that has none: the pages that come before a join. */
export function devicePass(): RequestHandler {
  return (req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !devicePassOf(req)) {
      const secure = req.secure ? '; Secure' : '';
      res.append(
        'Set-Cookie',
        `${DEVICE_COOKIE}=${randomToken()}; Path=/; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax${secure}`,
      );
    }
    next();
  };
}
