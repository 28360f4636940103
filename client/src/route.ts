/** The three kinds of page, read from the path. Every navigation is a full page load. */
export type Route = { page: 'start' } | { page: 'room'; roomId: string } | { page: 'notFound' };

export function routeFor(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'start' };
  const room = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (room?.[1]) {
    try {
      return { page: 'room', roomId: decodeURIComponent(room[1]) };
    } catch {
      return { page: 'notFound' };
    }
  }
  return { page: 'notFound' };
}
