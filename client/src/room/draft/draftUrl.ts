/** Where the room's Yjs document is served: `ws(s)://<this origin>/yjs` (y-websocket adds `/<roomId>`). */
export function draftServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/yjs`;
}
