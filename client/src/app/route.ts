/** The kinds of page, read from the path. Every navigation is a full page load. */
export type Route =
  | { page: 'start' }
  | { page: 'room'; roomId: string }
  | { page: 'board'; roomId: string }
  | { page: 'notice'; roomId: string }
  /** A standing council's page (`/c/<id>`), an office's (`/o/<id>`) or a matter's (`/m/<id>`, issue 29). */
  | { page: 'standing'; kind: 'c' | 'o' | 'm'; id: string }
  | { page: 'notFound' };

export function routeFor(pathname: string): Route {
  // `/j` and `/j/<code>` (a code the server did not know): the start page's chunk types join codes.
  if (/^\/(index\.html|j(\/[^/]{1,64})?\/?)?$/.test(pathname)) return { page: 'start' };
  const standing = /^\/([com])\/([\w-]{1,64})\/?$/.exec(pathname);
  if (standing) return { page: 'standing', kind: standing[1] as 'c' | 'o' | 'm', id: standing[2]! };
  const match = /^\/(r|board|notice)\/([^/]+)\/?$/.exec(pathname);
  if (match?.[2]) {
    try {
      const roomId = decodeURIComponent(match[2]);
      if (match[1] === 'notice') return { page: 'notice', roomId };
      return match[1] === 'board' ? { page: 'board', roomId } : { page: 'room', roomId };
    } catch {
      return { page: 'notFound' };
    }
  }
  return { page: 'notFound' };
}
