/** The kinds of page, read from the path. Every navigation is a full page load. */
export type Route =
  | { page: 'start' }
  | { page: 'room'; roomId: string }
  | { page: 'board'; roomId: string }
  | { page: 'notice'; roomId: string }
  /** A standing council's page (`/c/<id>`) or an office's (`/o/<id>`). */
  | { page: 'standing'; kind: 'c' | 'o'; id: string }
  /**
   * Typing a join code (`/j`). `/j/<code>` reaches the web app only when the server found no meeting
   * with that code (it redirects a good one): `unknown` is what was typed, as in the path (encoded).
   */
  | { page: 'joinCode'; unknown: string | null }
  | { page: 'notFound' };

export function routeFor(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'start' };
  const code = /^\/j(?:\/([^/]{1,64}))?\/?$/.exec(pathname);
  if (code) return { page: 'joinCode', unknown: code[1] ?? null };
  const standing = /^\/([co])\/([\w-]{1,64})\/?$/.exec(pathname);
  if (standing) return { page: 'standing', kind: standing[1] as 'c' | 'o', id: standing[2]! };
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
