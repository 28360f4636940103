/** The kinds of page, read from the path. Every navigation is a full page load. */
export type Route =
  | { page: 'start' }
  | { page: 'room'; roomId: string }
  | { page: 'board'; roomId: string }
  | { page: 'notice'; roomId: string }
  | { page: 'notFound' };

export function routeFor(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'start' };
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
