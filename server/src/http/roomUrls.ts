/**
 * The addresses the server hands out: room links (the token rides in the URL fragment, which
 * browsers never send to a server) and the short join address to type from a projector.
 */
import type { LinkSet } from '@dr/shared';
import type { Request } from 'express';
import type { RoomSecrets } from '../credentials/roomLinks.js';

/** The base of every link: the configured public URL, else the origin the request came to. */
export function baseUrl(req: Request, publicUrl: string | undefined): string {
  return publicUrl ?? `${req.protocol}://${req.get('host')}`;
}

/** The room link for one role. */
export function roomLink(baseUrl: string, roomId: string, token: string): string {
  return `${baseUrl}/r/${encodeURIComponent(roomId)}#t=${token}`;
}

/** The short address to type from a projector; the server redirects it to the participant link. */
export function shortLink(baseUrl: string, joinCode: string): string {
  return `${baseUrl}/j/${joinCode}`;
}

/** The three room links. */
export function linksFor(baseUrl: string, roomId: string, secrets: RoomSecrets): LinkSet {
  const { host, participant, observer } = secrets.tokens;
  return {
    host: roomLink(baseUrl, roomId, host),
    participant: roomLink(baseUrl, roomId, participant),
    observer: roomLink(baseUrl, roomId, observer),
  };
}

/** What a host is shown of the links: the three of them and the short join address. */
export function hostLinks(baseUrl: string, roomId: string, secrets: RoomSecrets) {
  return {
    ...linksFor(baseUrl, roomId, secrets),
    joinCode: secrets.joinCode,
    shortUrl: shortLink(baseUrl, secrets.joinCode),
  };
}
